using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Sms;

namespace ModularCrm.Modules.Sms.Stats;

/// <summary>
/// The figures of a set of outbox rows — a campaign's texts, or a stream queued through <c>ISmsOutbox</c> — from their
/// statuses and the STOP replies attributed to them. One code path for both.
/// </summary>
internal static class SmsFigures
{
    public static Task<SmsStreamStats> ForCampaignAsync(IShopSql db, long campaignId, CancellationToken ct) =>
        ComputeAsync(db, "o.campaign_id = @key", campaignId, ct);

    public static Task<SmsStreamStats> ForStreamAsync(IShopSql db, string stream, CancellationToken ct) =>
        ComputeAsync(db, "o.stream = @key", stream, ct);

    // filter is one of the two constants above, never a value: the key is always a parameter. A STOP is attributed to the
    // last promotional text its number got, so counting those texts counts the numbers, and still does once an RGPD
    // erasure has cleared the replies' numbers.
    private static async Task<SmsStreamStats> ComputeAsync(IShopSql db, string filter, object key, CancellationToken ct)
    {
        var args = new { key };
        var statuses = (await db.QueryAsync<CountRow>(
            $"SELECT o.status AS Name, COUNT(*) AS Total FROM sms_outbox o WHERE o.shop_id = @shop AND {filter} GROUP BY o.status", args, ct))
            .ToDictionary(r => r.Name, r => r.Total);
        var sent = await db.QueryFirstOrDefaultAsync<long>(
            $"SELECT COUNT(*) FROM sms_outbox o WHERE o.shop_id = @shop AND {filter} AND o.sent_at IS NOT NULL", args, ct);
        var segments = await db.QueryFirstOrDefaultAsync<long?>(
            $"SELECT SUM(o.segments) FROM sms_outbox o WHERE o.shop_id = @shop AND {filter} AND o.sent_at IS NOT NULL", args, ct) ?? 0;
        var stops = await db.QueryFirstOrDefaultAsync<long>(
            $"""
            SELECT COUNT(DISTINCT e.outbox_id) FROM sms_events e JOIN sms_outbox o ON o.shop_id = e.shop_id AND o.id = e.outbox_id
            WHERE e.shop_id = @shop AND e.kind = 'stop' AND {filter}
            """,
            args,
            ct);
        return new SmsStreamStats(
            statuses.GetValueOrDefault("queued"), statuses.GetValueOrDefault("cancelled"), sent, segments,
            statuses.GetValueOrDefault("delivered"), statuses.GetValueOrDefault("failed"), stops);
    }

    private sealed class CountRow
    {
        public string Name { get; init; } = string.Empty;

        public long Total { get; init; }
    }
}
