using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Blog.Comments;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Blog.Html;

namespace ModularCrm.Modules.Blog.Pages;

/// <summary><c>/shops/{shop}/blog/comments</c>: comments by state (pending first), each with approve, reject and delete buttons.</summary>
internal static class ModerationPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/comments", RenderAsync);
        pages.MapPost("/comments/{id:long}/approve", (IShopDb db, IShopPages p, TimeProvider c, long id, [FromForm] ActionForm form, CancellationToken ct) =>
            ActAsync(p, CommentStore.SetStatusAsync(db, id, CommentStatus.Approved, c.GetUtcNow(), ct), form));
        pages.MapPost("/comments/{id:long}/reject", (IShopDb db, IShopPages p, TimeProvider c, long id, [FromForm] ActionForm form, CancellationToken ct) =>
            ActAsync(p, CommentStore.SetStatusAsync(db, id, CommentStatus.Rejected, c.GetUtcNow(), ct), form));
        pages.MapPost("/comments/{id:long}/delete", (IShopDb db, IShopPages p, long id, [FromForm] ActionForm form, CancellationToken ct) =>
            ActAsync(p, CommentStore.DeleteAsync(db, id, ct), form));
    }

    private static async Task<IResult> ActAsync(IShopPages pages, Task<int> action, ActionForm form)
    {
        if (await action == 0)
        {
            return pages.Page(StaffText.For(pages.Language).Comments, "<p>Commentaire introuvable.</p>", StatusCodes.Status404NotFound);
        }

        var status = CommentStatus.All.Contains(form.ReturnTo) ? form.ReturnTo : CommentStatus.Pending;
        return Results.Redirect($"{pages.BasePath}/comments?status={status}");
    }

    private static async Task<IResult> RenderAsync(IShopDb db, IShopPages pages, string? status, CancellationToken ct)
    {
        var t = StaffText.For(pages.Language);
        var shown = CommentStatus.All.Contains(status) ? status! : CommentStatus.Pending;
        var comments = await CommentStore.ListAsync(db, shown, 0, CommentEndpoints.PageSize, ct);
        var html = new StringBuilder("<nav class=\"tabs\"><p>");
        foreach (var (value, label) in new[] { (CommentStatus.Pending, t.Pending), (CommentStatus.Approved, t.Approved), (CommentStatus.Rejected, t.Rejected) })
        {
            html.Append(value == shown
                ? $"<strong aria-current=\"page\">{E(label)}</strong> "
                : $"<a href=\"{E(pages.BasePath)}/comments?status={value}\">{E(label)}</a> ");
        }

        html.Append("</p></nav>");
        if (comments.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t.NoComments)}</p>");
        }

        foreach (var c in comments)
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <article class="comment" id="comment-{c.Id}">
                <p><strong>{E(c.AuthorName)}</strong> &lt;{E(c.AuthorEmail)}&gt; — {E(Local(c.CreatedAt).ToString("g", t.Culture))} — {E(t.On)} <a href="{E(pages.BasePath)}/{c.PostId}">{E(c.PostTitle)}</a></p>
                <blockquote>{E(c.Body)}</blockquote>
                <p>{Button(pages, c.Id, "approve", t.Approve, shown, c.Status != CommentStatus.Approved)}{Button(pages, c.Id, "reject", t.Reject, shown, c.Status != CommentStatus.Rejected)}{Button(pages, c.Id, "delete", t.DeleteComment, shown, true)}</p>
                </article>
                """);
        }

        return pages.Page(t.Comments, html.ToString());
    }

    private static string Button(IShopPages pages, long id, string action, string label, string returnTo, bool shown) => !shown ? string.Empty :
        $"<form class=\"inline\" method=\"post\" action=\"{E(pages.BasePath)}/comments/{id}/{action}\"><input type=\"hidden\" name=\"{E(pages.Antiforgery.Name)}\" value=\"{E(pages.Antiforgery.Value)}\">" +
        $"<input type=\"hidden\" name=\"returnTo\" value=\"{returnTo}\"><button type=\"submit\" class=\"secondary\" aria-label=\"{E(label)} #{id}\">{E(label)}</button></form> ";
}
