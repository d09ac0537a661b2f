using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Newsletter.Pages.PageHtml;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary><c>/shops/{shop}/newsletter/{id}/issues</c>: a newsletter's issues, newest first, and the form that drafts one.</summary>
internal static class IssuesPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/{id:long}/issues", (HttpRequest request, IShopDb db, IShopPages p, ShopContext shop, NewsletterOptions options, long id, CancellationToken ct) =>
            RenderAsync(request, db, p, shop, options, id, null, ApiAnswer.None, ct));
        pages.MapPost("/{id:long}/issues", CreateAsync);
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, IShopDb db, IShopPages pages, ShopContext shop, NewsletterOptions options, TimeProvider clock, long id, IFormCollection form, CancellationToken ct)
    {
        var input = IssueForm.Read(form, id);
        var answer = await ApiAnswer.OfAsync(IssueEndpoints.CreateAsync(db, clock, input, ct));
        return answer.Value is IssueView created
            ? Results.Redirect($"{pages.BasePath}/issues/{created.Id}?saved=1")
            : await RenderAsync(request, db, pages, shop, options, id, input, answer, ct);
    }

    private static async Task<IResult> RenderAsync(
        HttpRequest request, IShopDb db, IShopPages pages, ShopContext shop, NewsletterOptions options, long id, IssueInput? posted, ApiAnswer answer, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        if ((await ApiAnswer.OfAsync(ListEndpoints.GetAsync(request, db, shop, options, id, ct))).Value is not ListView list)
        {
            return pages.Page(t["issues"], $"<p>{E(t["not_found"])}</p>", StatusCodes.Status404NotFound);
        }

        var issues = (await ApiAnswer.OfAsync(IssueEndpoints.AllAsync(db, id, ct))).Value as IReadOnlyList<IssueView> ?? [];
        var table = issues.Count == 0
            ? $"<p>{E(t["no_issues"])}</p>"
            : Table(
                [t["subject"], t["status"], t["sent_on"], t["recipients"]],
                issues.Select(i => new[]
                {
                    Link($"{pages.BasePath}/issues/{i.Id}", i.Subject), E(t.State(i.Status)), E(t.Date(i.SentAt ?? i.ScheduledAt)), E(i.Recipients?.ToString(t.Culture)),
                }));
        var links = $"<p>{Link($"{pages.BasePath}/{id}", list.Name)} · {Link(list.ArchiveUrl, t["archive"])}</p>";
        var create = Section("new-issue", t["new_issue"], IssueForm.Html(pages, t, $"{pages.BasePath}/{id}/issues", t["create_issue"], posted, answer));
        var notice = Notice(answer.Succeeded ? null : answer.General ?? t["refused"], true);
        return pages.Page($"{t["issues"]} : {list.Name}", notice + links + table + create, answer.Status);
    }
}
