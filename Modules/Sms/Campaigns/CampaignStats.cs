using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Sms.Stats;
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

        var s = await SmsFigures.ForCampaignAsync(db, id, ct);
        return Results.Ok(new
        {
            queued = s.Queued,
            cancelled = s.Cancelled,
            sent = s.Sent,
            segments = s.Segments,
            delivered = s.Delivered,
            failed = s.Failed,
            stops = s.Stops,
            rates = new { delivery = Rate(s.Delivered, s.Sent), stop = Rate(s.Stops, s.Sent) },
        });
    }

    private static double Rate(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
