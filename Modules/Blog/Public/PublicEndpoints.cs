using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Blog.Comments;
using ModularCrm.Modules.Blog.Content;
using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Public;

/// <summary>
/// The public blog under <c>/p/{shop}/blog</c>, no sign-in: <c>/</c> (list, <c>?page=</c>), <c>/search?q=</c>,
/// <c>/tag/{tag}</c>, <c>/{slug}</c> (post) and its <c>/comments</c> form post, <c>/rss.xml</c>, <c>/atom.xml</c>,
/// <c>/sitemap.xml</c>, <c>/media/{file}</c>. Only public posts are ever read here (<see cref="PostStore.Visible"/>).
/// </summary>
internal static class PublicEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (HttpRequest r, IShopDb db, BlogOptions o, ShopContext s, TimeProvider c, int? page, CancellationToken ct) =>
            ListPage.RenderAsync(r, db, o, s, c, null, null, page, ct));
        routes.MapGet("/search", (HttpRequest r, IShopDb db, BlogOptions o, ShopContext s, TimeProvider c, string? q, int? page, CancellationToken ct) =>
            ListPage.RenderAsync(r, db, o, s, c, null, q, page, ct));
        routes.MapGet("/tag/{tag}", (HttpRequest r, IShopDb db, BlogOptions o, ShopContext s, TimeProvider c, string tag, int? page, CancellationToken ct) =>
            ListPage.RenderAsync(r, db, o, s, c, tag, null, page, ct));
        routes.MapGet("/rss.xml", RssAsync);
        routes.MapGet("/atom.xml", AtomAsync);
        routes.MapGet("/sitemap.xml", SitemapAsync);
        routes.MapGet("/media/{file}", Media);
        routes.MapGet("/{slug}", PostAsync);
        routes.MapPost("/{slug}/comments", CommentAsync);
    }

    private static async Task<IResult> PostAsync(HttpContext http, IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock, CommentGuard guard, string slug, CancellationToken ct)
    {
        var urls = PublicUrls.For(http.Request, options, shop);
        return await PostStore.FindPublicAsync(db, slug, clock.GetUtcNow(), ct) is { } post
            ? await PostPage.RenderAsync(http, db, post, shop, urls, guard, null, null, ct)
            : PublicLayout.NotFound(shop.Name, urls);
    }

    // [FromForm] makes the host's antiforgery check apply: the form carries the token the post page issued.
    private static async Task<IResult> CommentAsync(
        HttpContext http, IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock, CommentGuard guard, CommentPoster poster, string slug, [FromForm] CommentForm form, CancellationToken ct)
    {
        var urls = PublicUrls.For(http.Request, options, shop);
        if (await PostStore.FindPublicAsync(db, slug, clock.GetUtcNow(), ct) is not { } post)
        {
            return PublicLayout.NotFound(shop.Name, urls);
        }

        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var outcome = await poster.PostAsync(post, form, ip, ct);
        return outcome.Kind == CommentOutcome.Held
            ? Results.Redirect($"{urls.Post(post.Slug)}?comment=held#comments", preserveMethod: false)
            : await PostPage.RenderAsync(http, db, post, shop, urls, guard, form, outcome, ct);
    }

    private static async Task<IResult> RssAsync(HttpRequest request, IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return Feeds.Rss(shop.Name, PublicUrls.For(request, options, shop), await PostStore.PublicPageAsync(db, now, null, null, 0, Feeds.FeedSize, ct), now);
    }

    private static async Task<IResult> AtomAsync(HttpRequest request, IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return Feeds.Atom(shop.Name, PublicUrls.For(request, options, shop), await PostStore.PublicPageAsync(db, now, null, null, 0, Feeds.FeedSize, ct), now);
    }

    private static async Task<IResult> SitemapAsync(HttpRequest request, IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // The sitemap protocol's limit is 50,000 addresses per file.
        var posts = await PostStore.PublicPageAsync(db, now, null, null, 0, 40_000, ct);
        return Feeds.Sitemap(PublicUrls.For(request, options, shop), posts, await PostStore.PublicTagSlugsAsync(db, now, ct));
    }

    private static IResult Media(IShopDb db, MediaStore media, string file) =>
        media.PathOf(db.ShopId, file) is { } path && CoverImages.ContentTypeOf(file) is { } type
            ? Results.File(path, type, enableRangeProcessing: false)
            : Results.NotFound();
}
