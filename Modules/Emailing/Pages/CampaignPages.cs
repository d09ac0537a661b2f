using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Emailing.Campaigns;
using ModularCrm.Modules.Emailing.Stats;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing.Pages;

/// <summary>
/// <c>/shops/{shop}/emailing</c>: the campaigns, and each campaign's page: sending progress (waiting, sent, failed; the
/// page refreshes itself while messages wait, no script) and results as an SVG chart and the same figures as a table.
/// </summary>
internal static class CampaignPages
{
    private const int RefreshSeconds = 10;

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/", ListAsync);
        pages.MapGet("/campaigns/{id:long}", ShowAsync);
    }

    private static async Task<IResult> ListAsync(IShopDb db, IShopPages page, CancellationToken ct)
    {
        var t = PageText.For(page.Language);
        var campaigns = await CampaignStore.ListAsync(db, ct);
        var body = campaigns.Count == 0
            ? $"<p>{E(t.NoCampaigns)}</p>"
            : $"""
              <table><thead><tr><th>{E(t.Number)}</th><th>{E(t.Name)}</th><th>{E(t.Status)}</th><th>{E(t.Recipients)}</th></tr></thead><tbody>
              {string.Concat(campaigns.Select(c => $"<tr><td>{c.Id}</td><td><a href=\"{E(page.BasePath)}/campaigns/{c.Id}\">{E(c.Name)}</a></td><td>{E(t.StatusName(c.Status))}</td><td>{E(c.Recipients?.ToString("N0", t.Culture))}</td></tr>"))}
              </tbody></table>
              """;
        return page.Page(t.Campaigns, body);
    }

    private static async Task<IResult> ShowAsync(IShopDb db, IShopPages page, long id, CancellationToken ct)
    {
        var t = PageText.For(page.Language);
        if (await CampaignStore.FindAsync(db, id, ct) is not { } campaign)
        {
            return page.Page(t.Campaigns, $"<p role=\"alert\">{E(string.Format(t.Culture, t.NotFound, id))}</p>", StatusCodes.Status404NotFound);
        }

        var stats = await MessageStats.ForCampaignAsync(db, id, ct);
        var sending = campaign.Status == "sending" || stats.Queued > 0;
        var body =
            (sending ? $"<meta http-equiv=\"refresh\" content=\"{RefreshSeconds}\"><p class=\"notice\" role=\"status\">{E(string.Format(t.Culture, t.Refreshing, RefreshSeconds))}</p>" : string.Empty)
            + $"<p><a href=\"{E(page.BasePath)}\">{E(t.Back)}</a></p>"
            + $"<p>{E(t.Status)} : {E(t.StatusName(campaign.Status))}"
            + (campaign.ScheduledAt is { } at && campaign.Status == "scheduled" ? " · " + E(string.Format(t.Culture, t.ScheduledAt, at.ToString("g", t.Culture))) : string.Empty)
            + $" · {E(t.Subject)} : {E(campaign.Subject)}</p>"
            + Progress(t, stats)
            + Results(t, campaign.Name, stats);
        return page.Page(campaign.Name, body);
    }

    private static string Progress(PageText t, MailStreamStats s)
    {
        var total = s.Queued + s.Sent + s.Failed;
        var done = s.Sent + s.Failed;
        return $"""
            <section><h2>{E(t.Progress)}</h2>
            <p><progress max="{Math.Max(total, 1)}" value="{done}" aria-label="{E(t.Progress)}">{done} / {total}</progress> {done.ToString("N0", t.Culture)} / {total.ToString("N0", t.Culture)}</p>
            <table><thead><tr><th>{E(t.Queued)}</th><th>{E(t.SentCount)}</th><th>{E(t.Failed)}</th></tr></thead>
            <tbody><tr><td>{s.Queued.ToString("N0", t.Culture)}</td><td>{s.Sent.ToString("N0", t.Culture)}</td><td>{s.Failed.ToString("N0", t.Culture)}</td></tr></tbody></table></section>
            """;
    }

    private static string Results(PageText t, string name, MailStreamStats s)
    {
        var bounces = s.HardBounces + s.SoftBounces;
        (string Label, long Value, long Whole)[] rows =
        [
            (t.SentCount, s.Sent, 0), (t.Delivered, s.Delivered, s.Sent), (t.Opens, s.UniqueOpens, s.Delivered),
            (t.Clicks, s.UniqueClicks, s.Delivered), (t.Bounces, bounces, s.Sent), (t.Unsubscribes, s.Unsubscribes, s.Delivered),
        ];
        var description = string.Format(t.Culture, t.ChartDesc, string.Join(", ", rows.Select(r => $"{r.Label} {r.Value.ToString("N0", t.Culture)}")));
        var chart = CampaignChart.Svg("emailing-results", string.Format(t.Culture, t.ChartTitle, name), description, [.. rows.Select(r => (r.Label, r.Value))], t.Culture);
        var table = string.Concat(rows.Select(r =>
            $"<tr><th scope=\"row\">{E(r.Label)}</th><td>{r.Value.ToString("N0", t.Culture)}</td><td>{(r.Whole == 0 ? string.Empty : ((double)r.Value / r.Whole).ToString("P1", t.Culture))}</td></tr>"));
        return $"""
            <section><h2>{E(t.Results)}</h2><figure>{chart}</figure>
            <table><caption>{E(string.Format(t.Culture, t.ChartTitle, name))}</caption><thead><tr><th scope="col">{E(t.Figure)}</th><th scope="col">{E(t.Count)}</th><th scope="col">{E(t.Rate)}</th></tr></thead>
            <tbody>{table}</tbody></table><p>{E(t.RateNote)}</p></section>
            """;
    }

    private static string E(string? text) => PageHtml.E(text);
}
