using Microsoft.AspNetCore.Http;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>
/// <c>GET /campaigns/{id}/stats</c>: queued, cancelled, sent (the provider took it), delivered and failed (delivery
/// reports, or parked), STOP replies attributed to the campaign, and delivery and STOP rates over sent messages.
/// </summary>
internal static class CampaignStats
{
    public static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct)
    {
        if (await CampaignStore.FindAsync(db, id, ct) is null)
        {
            return CampaignEndpoints.NotFound(id);
        }

        var statuses = (await db.QueryAsync<CountRow>(
            "SELECT status AS Name, COUNT(*) AS Total FROM sms_outbox WHERE shop_id = @shop AND campaign_id = @id GROUP BY status", new { id }, ct))
            .ToDictionary(r => r.Name, r => r.Total);
        var sent = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM sms_outbox WHERE shop_id = @shop AND campaign_id = @id AND sent_at IS NOT NULL", new { id }, ct);
        var segments = await db.QueryFirstOrDefaultAsync<long?>(
            "SELECT SUM(segments) FROM sms_outbox WHERE shop_id = @shop AND campaign_id = @id AND sent_at IS NOT NULL", new { id }, ct) ?? 0;
        var stops = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(DISTINCT from_number) FROM sms_events WHERE shop_id = @shop AND campaign_id = @id AND kind = 'stop'", new { id }, ct);
        var delivered = statuses.GetValueOrDefault("delivered");
        return Results.Ok(new
        {
            queued = statuses.GetValueOrDefault("queued"),
            cancelled = statuses.GetValueOrDefault("cancelled"),
            sent,
            segments,
            delivered,
            failed = statuses.GetValueOrDefault("failed"),
            stops,
            rates = new { delivery = Rate(delivered, sent), stop = Rate(stops, sent) },
        });
    }

    private static double Rate(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private sealed class CountRow
    {
        public string Name { get; init; } = string.Empty;

        public long Total { get; init; }
    }
}
