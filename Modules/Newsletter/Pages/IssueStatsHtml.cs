using System.Globalization;
using ModularCrm.Modules.Newsletter.Issues;
using static ModularCrm.Modules.Newsletter.Pages.PageHtml;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>
/// A sent issue's progress (queued / sent) and figures with their rates: delivered, bounces and failures over sent;
/// opens, clicks and unsubscribes over delivered (a floor for opens: blocked images count none).
/// </summary>
internal static class IssueStatsHtml
{
    public static string Progress(PageText t, IssueStats stats) =>
        $"<p id=\"progress\">{E(t["progress"])} : {E(t["queued"])} {N(t, stats.Stats.Queued)} · {E(t["stat_sent"])} {N(t, stats.Stats.Sent)} / {N(t, stats.Recipients)}</p>";

    public static string Figures(PageText t, IssueStats stats)
    {
        var s = stats.Stats;
        var rows = new List<string[]>
        {
            Row(t, "recipients", stats.Recipients, null),
            Row(t, "stat_sent", s.Sent, null),
            Row(t, "delivered", s.Delivered, s.Sent),
            Row(t, "opens", s.UniqueOpens, s.Delivered),
            Row(t, "clicks", s.UniqueClicks, s.Delivered),
            Row(t, "bounces", s.HardBounces + s.SoftBounces, s.Sent),
            Row(t, "unsubscribes", s.Unsubscribes, s.Delivered),
            Row(t, "failed", s.Failed, s.Recipients()),
        };
        rows.AddRange(stats.Refused.Select(r => new[] { E($"{t["refused_by"]} ({r.Key})"), N(t, r.Value), string.Empty }));
        var figures = Table([t["stats"], t["count"], t["rate"]], rows);
        var links = s.Clicks.Count == 0
            ? string.Empty
            : Section("links", t["links"], Table(["URL", t["clicks"]], s.Clicks.Select(c => new[] { E(c.Url), $"{N(t, c.Clicks)} ({N(t, c.UniqueClicks)})" })));
        return figures + links;
    }

    private static string[] Row(PageText t, string key, long count, long? of) =>
        [E(t[key]), N(t, count), of is { } total ? E(Rate(t, count, total)) : string.Empty];

    private static string Rate(PageText t, long count, long total) =>
        total == 0 ? "—" : ((decimal)count / total).ToString("P1", t.Culture);

    private static string N(PageText t, long value) => E(value.ToString("N0", t.Culture));

    private static long Recipients(this Sdk.Mail.MailStreamStats s) => s.Queued + s.Sent + s.Failed;
}
