using Microsoft.AspNetCore.Http;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Public;

/// <summary>The blog's public addresses for one shop: <c>{base}/p/{shop}/blog/...</c>, absolute when built with a base.</summary>
internal sealed class PublicUrls(string baseUrl, string shopSlug)
{
    public string Root { get; } = $"{baseUrl}/p/{Uri.EscapeDataString(shopSlug)}/blog";

    public static string RequestBase(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static PublicUrls For(HttpRequest request, BlogOptions options, ShopContext shop) =>
        new(options.BaseUrl(RequestBase(request)), shop.Slug);

    public string Post(string slug) => $"{Root}/{slug}";

    public string Tag(string slug) => $"{Root}/tag/{slug}";

    public string Media(string file) => $"{Root}/media/{file}";

    public string Rss => $"{Root}/rss.xml";

    public string Atom => $"{Root}/atom.xml";
}
