using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sms.Callbacks;

/// <summary>Writes <c>sms_events</c>: delivered, failed, stop.</summary>
internal static class EventStore
{
    public static Task<long> AddAsync(IShopSql tx, long? outboxId, long? campaignId, string kind, string? fromNumber, string? detail, DateTimeOffset now, CancellationToken ct) =>
        tx.InsertAsync(
            """
            INSERT INTO sms_events (shop_id, outbox_id, campaign_id, kind, from_number, detail, occurred_at)
            VALUES (@shop, @outboxId, @campaignId, @kind, @fromNumber, @detail, @now)
            """,
            new { outboxId, campaignId, kind, fromNumber, detail = Outbox.OutboxStore.Cut(detail, 1000), now },
            ct);
}
