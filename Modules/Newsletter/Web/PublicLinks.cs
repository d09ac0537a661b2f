using Microsoft.AspNetCore.Http;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Web;

/// <summary>The public addresses of a shop's newsletters, under <c>/p/{shop}/newsletter</c>.</summary>
internal sealed class PublicLinks(string root)
{
    public static PublicLinks For(NewsletterOptions options, HttpRequest request, ShopContext shop) => For(options, Problems.BaseUrl(request), shop);

    public static PublicLinks For(NewsletterOptions options, string baseUrl, ShopContext shop) =>
        new($"{(options.PublicBaseUrl ?? baseUrl).TrimEnd('/')}/p/{Uri.EscapeDataString(shop.Slug)}/newsletter");

    public string Subscribe(string slug) => $"{root}/{Uri.EscapeDataString(slug)}";

    public string SubscribePost(string slug) => $"{Subscribe(slug)}/subscribe";

    public string Archive(string slug) => $"{Subscribe(slug)}/archive";

    public string ArchivedIssue(string slug, long issueId) => $"{Archive(slug)}/{issueId}";

    public string Confirm(string token) => $"{root}/confirm/{token}";
}
