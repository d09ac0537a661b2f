using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;

namespace ModularCrm.Modules.Emailing.Stats;

/// <summary>
/// The figures of a set of outbox rows — a campaign's messages, or a stream queued through <c>IMailOutbox</c> — from
/// their statuses and their events (opens, clicks, bounces, unsubscribes). One code path for both.
/// </summary>
internal static class MessageStats
{
    /// <summary>A campaign's own messages (not its test sends).</summary>
    public static Task<MailStreamStats> ForCampaignAsync(IShopSql db, long campaignId, CancellationToken ct) =>
        ComputeAsync(db, "o.campaign_id = @key AND o.kind = 'campaign'", campaignId, ct);

    /// <summary>Every message queued with this stream key.</summary>
    public static Task<MailStreamStats> ForStreamAsync(IShopSql db, string stream, CancellationToken ct) =>
        ComputeAsync(db, "o.stream = @key", stream, ct);

    // filter is one of the two constants above, never a value: the key is always a parameter.
    private static async Task<MailStreamStats> ComputeAsync(IShopSql db, string filter, object key, CancellationToken ct)
    {
        var args = new { key };
        const string Events = "FROM emailing_events e JOIN emailing_outbox o ON o.shop_id = e.shop_id AND o.id = e.outbox_id WHERE e.shop_id = @shop AND ";
        var statuses = (await db.QueryAsync<CountRow>(
            $"SELECT o.status AS Name, COUNT(*) AS Total, COUNT(*) AS Uniques FROM emailing_outbox o WHERE o.shop_id = @shop AND {filter} GROUP BY o.status", args, ct))
            .ToDictionary(r => r.Name, r => r.Total);
        var events = (await db.QueryAsync<CountRow>(
            $"SELECT e.kind AS Name, COUNT(*) AS Total, COUNT(DISTINCT e.outbox_id) AS Uniques {Events}{filter} GROUP BY e.kind", args, ct))
            .ToDictionary(r => r.Name);
        var links = await db.QueryAsync<CountRow>(
            $"SELECT e.url AS Name, COUNT(*) AS Total, COUNT(DISTINCT e.outbox_id) AS Uniques {Events}{filter} AND e.kind = 'click' GROUP BY e.url ORDER BY COUNT(*) DESC",
            args,
            ct);
        var bounced = await db.QueryFirstOrDefaultAsync<long>(
            $"SELECT COUNT(DISTINCT e.outbox_id) {Events}{filter} AND e.kind IN ('bounce_hard', 'bounce_soft')", args, ct);

        long Unique(string kind) => events.TryGetValue(kind, out var row) ? row.Uniques : 0;
        var sent = statuses.GetValueOrDefault("sent");
        return new MailStreamStats(
            statuses.GetValueOrDefault("queued"),
            statuses.GetValueOrDefault("failed"),
            sent,
            Math.Max(0, sent - bounced),
            Unique("open"),
            Unique("click"),
            Unique("bounce_hard"),
            Unique("bounce_soft"),
            Unique("unsubscribe"),
            links.Select(l => new MailLinkClicks(l.Name, l.Total, l.Uniques)).ToList());
    }

    private sealed class CountRow
    {
        public string Name { get; init; } = string.Empty;

        public long Total { get; init; }

        public long Uniques { get; init; }
    }
}
