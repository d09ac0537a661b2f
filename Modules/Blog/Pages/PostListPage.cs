using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Blog.Comments;
using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Modules.Blog.Public;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Blog.Html;

namespace ModularCrm.Modules.Blog.Pages;

/// <summary><c>/shops/{shop}/blog</c>: every post, last edited first, with its state and links to edit and to read it online.</summary>
internal static class PostListPage
{
    public const int PageSize = 50;

    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/", RenderAsync);

    private static async Task<IResult> RenderAsync(HttpRequest request, IShopDb db, IShopPages pages, BlogOptions options, ShopContext shop, TimeProvider clock, int? page, CancellationToken ct)
    {
        var t = StaffText.For(pages.Language);
        var number = Math.Max(page ?? 1, 1);
        var posts = await PostStore.ListAsync(db, null, (number - 1) * PageSize, PageSize + 1, ct);
        var pending = await CommentStore.CountAsync(db, CommentStatus.Pending, ct);
        var urls = PublicUrls.For(request, options, shop);
        var now = clock.GetUtcNow();
        var html = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            <p><a class="button" href="{E(pages.BasePath)}/new">{E(t.NewPost)}</a> <a href="{E(pages.BasePath)}/comments">{E(t.Comments)} ({E(t.Pending)} : {pending})</a> <a href="{E(urls.Root)}">{E(t.View)}</a></p>
            """));
        if (posts.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.NoPosts)}</p>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{E(t.Title)}</th><th>{E(t.Status)}</th><th>{E(t.PublishAt)}</th><th></th></tr></thead><tbody>");
            foreach (var p in posts.Take(PageSize))
            {
                var online = p.IsPublicAt(now) ? $"<a href=\"{E(urls.Post(p.Slug))}\">{E(t.Online)}</a>" : string.Empty;
                var date = p.PublishAt is { } at ? Local(at).ToString("g", t.Culture) : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{E(pages.BasePath)}/{p.Id}\">{E(p.Title)}</a></td><td>{E(t.StatusName(p.Status))}</td><td>{E(date)}</td><td>{online}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (posts.Count > PageSize)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(pages.BasePath)}?page={number + 1}\">→</a></p>");
        }

        return pages.Page(t.Posts, html.ToString());
    }
}
