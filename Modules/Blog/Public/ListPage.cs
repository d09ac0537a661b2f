using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Blog.Content;
using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Blog.Html;

namespace ModularCrm.Modules.Blog.Public;

/// <summary>The public lists: all posts, one tag's, a search's; newest first, <see cref="BlogOptions.PageSize"/> a page.</summary>
internal static class ListPage
{
    public static async Task<IResult> RenderAsync(
        HttpRequest request, IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock, string? tag, string? q, int? page, CancellationToken ct)
    {
        var urls = PublicUrls.For(request, options, shop);
        var now = clock.GetUtcNow();
        var search = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (search is { Length: > 100 })
        {
            search = search[..100];
        }

        var tagName = tag is null ? null : await PostStore.PublicTagNameAsync(db, tag, now, ct);
        if (tag is not null && tagName is null)
        {
            return PublicLayout.NotFound(shop.Name, urls);
        }

        var number = Math.Max(page ?? 1, 1);
        var found = await PostStore.PublicPageAsync(db, now, tag, search, (number - 1) * options.PageSize, options.PageSize + 1, ct);
        var (title, here) = (tagName, search) switch
        {
            ({ } t, _) => ($"Articles « {t} »", urls.Tag(tag!)),
            (_, { } s) => ($"Recherche « {s} »", $"{urls.Root}/search"),
            _ => ("Le blog de " + shop.Name, urls.Root),
        };
        var body = new StringBuilder($"<h1>{E(title)}</h1>");
        if (found.Count == 0)
        {
            body.Append(search is null ? "<p>Aucun article pour le moment.</p>" : "<p>Aucun article ne correspond à cette recherche.</p>");
        }

        foreach (var post in found.Take(options.PageSize))
        {
            var excerpt = post.Excerpt ?? MarkdownRenderer.PlainExcerpt(post.Body);
            body.Append(CultureInfo.InvariantCulture, $"""
                <article class="summary"><h2><a href="{E(urls.Post(post.Slug))}">{E(post.Title)}</a></h2>
                <p class="meta"><time datetime="{post.PublishAt:O}">{E(Date(post.PublishAt, French))}</time>{(post.Author is null ? string.Empty : " · " + E(post.Author))}</p>
                <p>{E(excerpt)}</p></article>
                """);
        }

        var query = search is null ? string.Empty : "q=" + Uri.EscapeDataString(search) + "&";
        body.Append("<nav class=\"pages\">");
        if (number > 1)
        {
            body.Append(CultureInfo.InvariantCulture, $"<a rel=\"prev\" href=\"{E($"{here}?{query}page={number - 1}")}\">← Articles plus récents</a> ");
        }

        if (found.Count > options.PageSize)
        {
            body.Append(CultureInfo.InvariantCulture, $"<a rel=\"next\" href=\"{E($"{here}?{query}page={number + 1}")}\">Articles plus anciens →</a>");
        }

        body.Append("</nav>");
        var canonical = number > 1 ? $"{here}?{query}page={number}" : search is null ? here : $"{here}?{query.TrimEnd('&')}";
        var head = $"""
            <meta name="description" content="{E(title)}">
            <link rel="canonical" href="{E(canonical)}">
            <meta property="og:type" content="website"><meta property="og:title" content="{E(title)}"><meta property="og:url" content="{E(canonical)}"><meta property="og:site_name" content="{E(shop.Name)}">
            {(search is null ? string.Empty : "<meta name=\"robots\" content=\"noindex\">")}
            """;
        return PublicLayout.Page(shop.Name, urls, number > 1 ? $"{title} (page {number})" : title, head, body.ToString());
    }
}
