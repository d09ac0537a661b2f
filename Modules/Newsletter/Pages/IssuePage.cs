using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Newsletter.Pages.PageHtml;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>
/// <c>/shops/{shop}/newsletter/issues/{id}</c>: a draft to edit, its preview, a test to oneself, sending now or at a
/// date; once sent, the progress of the outbox (the page refreshes itself while messages wait) and the statistics.
/// </summary>
internal static class IssuePage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/issues/{id:long}", (HttpContext http, IShopDb db, IShopPages p, IMailOutbox outbox, ShopContext shop, NewsletterOptions options, long id, CancellationToken ct) =>
            RenderAsync(http.Request, db, p, outbox, shop, options, id, null, ApiAnswer.None, Done(p, http.Request), ct));
        pages.MapPost("/issues/{id:long}", UpdateAsync);
        pages.MapGet("/issues/{id:long}/preview", PreviewAsync);
        pages.MapPost("/issues/{id:long}/test", TestAsync);
        pages.MapPost("/issues/{id:long}/send", SendAsync);
    }

    private static async Task<IResult> UpdateAsync(
        HttpRequest request, IShopDb db, IShopPages pages, IMailOutbox outbox, ShopContext shop, NewsletterOptions options, TimeProvider clock, long id, IFormCollection form, CancellationToken ct)
    {
        var input = IssueForm.Read(form, null);
        var answer = await ApiAnswer.OfAsync(IssueEndpoints.UpdateAsync(db, clock, id, input, ct));
        return answer.Succeeded
            ? Results.Redirect($"{pages.BasePath}/issues/{id}?saved=1")
            : await RenderAsync(request, db, pages, outbox, shop, options, id, input, answer, null, ct);
    }

    // The issue as a whole document under the public pages' no-script policy: staff's HTML is shown, never run.
    private static async Task<IResult> PreviewAsync(
        HttpRequest request, IShopDb db, IShopPages pages, IssueRenderer renderer, NewsletterOptions options, ShopContext shop, PublicPage page, long id, CancellationToken ct)
    {
        var answer = await ApiAnswer.OfAsync(IssueEndpoints.PreviewAsync(request, db, renderer, options, shop, id, ct));
        return answer.Value is PreviewView preview
            ? page.Document(preview.Html)
            : pages.Page(PageText.For(pages.Language)["preview"], $"<p>{E(answer.General ?? answer.Error("body"))}</p>", answer.Status);
    }

    private static async Task<IResult> TestAsync(
        HttpContext http, IShopDb db, IShopPages pages, IMailOutbox outbox, IssueRenderer renderer, ShopContext shop, NewsletterOptions options, long id, IFormCollection form, CancellationToken ct)
    {
        var to = form["to"].ToString();
        var answer = await ApiAnswer.OfAsync(IssueEndpoints.TestAsync(http.Request, http.User, db, outbox, renderer, options, shop, id, new TestInput(to), ct));
        return answer.Value is TestSentView sent
            ? Results.Redirect($"{pages.BasePath}/issues/{id}?tested={Uri.EscapeDataString(sent.To)}")
            : await RenderAsync(http.Request, db, pages, outbox, shop, options, id, null, answer, null, ct);
    }

    private static async Task<IResult> SendAsync(
        HttpRequest request, IShopDb db, IShopPages pages, IMailOutbox outbox, IssueSender sender, ShopContext shop, NewsletterOptions options, TimeProvider clock, long id, IFormCollection form, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var at = form["at"].ToString().Trim();
        DateTimeOffset? when = null;
        if (at.Length > 0)
        {
            if (!DateTime.TryParseExact(at, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return await RenderAsync(request, db, pages, outbox, shop, options, id, null, ApiAnswer.Refused("at", $"« {at} » {t["bad_date"]}"), null, ct);
            }

            when = new DateTimeOffset(local, PageText.Paris.GetUtcOffset(local));
        }

        var answer = await ApiAnswer.OfAsync(IssueEndpoints.SendAsync(request, db, sender, clock, id, new SendInput(when), ct));
        return answer.Succeeded
            ? Results.Redirect($"{pages.BasePath}/issues/{id}")
            : await RenderAsync(request, db, pages, outbox, shop, options, id, null, answer, null, ct);
    }

    private static async Task<IResult> RenderAsync(
        HttpRequest request, IShopDb db, IShopPages pages, IMailOutbox outbox, ShopContext shop, NewsletterOptions options, long id, IssueInput? posted, ApiAnswer answer, string? done,
        CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        if ((await ApiAnswer.OfAsync(IssueEndpoints.GetAsync(db, id, ct))).Value is not IssueView issue)
        {
            return pages.Page(t["issue"], $"<p>{E(t["not_found"])}</p>", StatusCodes.Status404NotFound);
        }

        var list = (ListView)(await ApiAnswer.OfAsync(ListEndpoints.GetAsync(request, db, shop, options, issue.ListId, ct))).Value!;
        var html = Notice(done, false) + Notice(answer.Succeeded ? null : answer.General ?? t["refused"], true) +
            $"<p>{E(t["status"])} : <strong>{E(t.State(issue.Status))}</strong>" +
            (issue.ScheduledAt is { } due && issue.Status == "scheduled" ? $" · {E(t["scheduled_for"])} {E(t.Date(due))}" : string.Empty) +
            $" · {Link($"{pages.BasePath}/{list.Id}/issues", list.Name)} · {Link($"{pages.BasePath}/issues/{id}/preview", t["preview"])} · {Link(list.ArchiveUrl, t["archive"])}</p>";
        if (issue.Status == "draft")
        {
            html += Section("edit", t["edit"], IssueForm.Html(pages, t, $"{pages.BasePath}/issues/{id}", t["save"], posted ?? new IssueInput(null, issue.Subject, issue.Format, issue.Body), answer));
        }

        html += Section("test", t["test"], Form(pages, $"{pages.BasePath}/issues/{id}/test", t["test"], Input("to", t["test_to"], null, answer, "email")));
        if (issue.Status is "draft" or "scheduled")
        {
            html += Section("send", t["send"], Form(pages, $"{pages.BasePath}/issues/{id}/send", t["send_now"], Input("at", t["send_at"], null, answer, "datetime-local")));
        }
        else if ((await ApiAnswer.OfAsync(IssueEndpoints.StatsAsync(db, outbox, id, ct))).Value is IssueStats stats)
        {
            // While the outbox still holds messages the page reloads itself: progress without JavaScript.
            html += (stats.Stats.Queued > 0 ? "<meta http-equiv=\"refresh\" content=\"5\">" : string.Empty) +
                IssueStatsHtml.Progress(t, stats) + Section("stats", t["stats"], IssueStatsHtml.Figures(t, stats));
        }

        return pages.Page(issue.Subject, html, answer.Status);
    }

    // What the last action did, from the redirect's query: saved, or a test sent to an address.
    private static string? Done(IShopPages pages, HttpRequest request)
    {
        var t = PageText.For(pages.Language);
        return request.Query["saved"] == "1" ? t["saved"] : request.Query["tested"].ToString() is { Length: > 0 } to ? $"{t["test_sent"]} {to}" : null;
    }
}
