using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Newsletter.Pages.PageHtml;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>
/// <c>/shops/{shop}/newsletter/{id}/subscribers[?status=]</c>: the subscriptions of one newsletter with their state,
/// dates and source, filtered by state (a plain GET form), and their CSV export.
/// </summary>
internal static class SubscribersPage
{
    private static readonly string[] States = ["pending", "confirmed", "unsubscribed"];

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/{id:long}/subscribers", RenderAsync);
        pages.MapGet("/{id:long}/subscribers/export", (IShopDb db, long id, string? status, CancellationToken ct) =>
            SubscriberExport.ExportAsync(db, id, Known(status), ct));
    }

    private static async Task<IResult> RenderAsync(
        HttpRequest request, IShopDb db, IShopPages pages, ShopContext shop, NewsletterOptions options, long id, string? status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var list = (await ApiAnswer.OfAsync(ListEndpoints.GetAsync(request, db, shop, options, id, ct))).Value as ListView;
        var subscribers = (await ApiAnswer.OfAsync(ListEndpoints.SubscribersAsync(db, id, Known(status), ct))).Value as IReadOnlyList<SubscriberView>;
        if (list is null || subscribers is null)
        {
            return pages.Page(t["subscribers"], $"<p>{E(t["not_found"])}</p>", StatusCodes.Status404NotFound);
        }

        var chosen = Known(status);
        var export = $"{pages.BasePath}/{id}/subscribers/export" + (chosen is null ? string.Empty : "?status=" + chosen);
        var filter = $"""
            <form method="get" action="{E($"{pages.BasePath}/{id}/subscribers")}" class="inline-form"><label for="status">{E(t["status"])}</label>
            <select id="status" name="status"><option value="">{E(t["all"])}</option>{string.Concat(States.Select(state => $"<option value=\"{state}\"{(state == chosen ? " selected" : string.Empty)}>{E(t[state])}</option>"))}</select>
            <button type="submit" class="secondary">{E(t["filter"])}</button></form>
            <p>{Link(export, t["export"])} · {Link($"{pages.BasePath}/{id}", list.Name)}</p>
            """;
        var table = subscribers.Count == 0
            ? $"<p>{E(t["no_subscribers"])}</p>"
            : Table(
                [t["email"], t["person"], t["status"], t["requested"], t["confirmed_on"], t["unsubscribed_on"], t["source"]],
                subscribers.Select(s => new[]
                {
                    E(s.Email), E(string.Join(' ', new[] { s.FirstName, s.LastName }.Where(n => n is not null))), E(t.State(s.Status)),
                    E(t.Date(s.RequestedAt)), E(t.Date(s.ConfirmedAt)), E(t.Date(s.UnsubscribedAt)), E(t["source_form"]),
                }));
        return pages.Page($"{t["subscribers"]} : {list.Name}", filter + table);
    }

    // A status the page offers, or every subscription.
    private static string? Known(string? status) => States.Contains(status) ? status : null;
}
