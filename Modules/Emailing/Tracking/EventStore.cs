using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>Writes <c>emailing_events</c>: open, click, bounce_hard, bounce_soft, unsubscribe.</summary>
internal static class EventStore
{
    public static Task AddAsync(IShopSql db, OutboxRef message, string kind, string? url, string? detail, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            INSERT INTO emailing_events (shop_id, outbox_id, campaign_id, kind, url, detail, occurred_at)
            VALUES (@shop, @outboxId, @campaignId, @kind, @url, @detail, @now)
            """,
            new { outboxId = message.Id, campaignId = message.CampaignId, kind, url = OutboxStore.Cut(url, 2000), detail = OutboxStore.Cut(detail, 1000), now },
            ct);
}
