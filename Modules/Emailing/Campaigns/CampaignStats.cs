using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Emailing.Stats;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// <c>GET /campaigns/{id}/stats</c>: sent, delivered (sent minus bounced), unique opens, clicks per link, bounces,
/// unsubscribes, and rates over delivered messages (bounces over sent). Opens are a floor: images blocked, no open.
/// </summary>
internal static class CampaignStats
{
    public static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct)
    {
        if (await CampaignStore.FindAsync(db, id, ct) is null)
        {
            return CampaignEndpoints.NotFound(id);
        }

        var s = await MessageStats.ForCampaignAsync(db, id, ct);
        return Results.Ok(new
        {
            queued = s.Queued,
            failed = s.Failed,
            sent = s.Sent,
            delivered = s.Delivered,
            uniqueOpens = s.UniqueOpens,
            uniqueClicks = s.UniqueClicks,
            clicks = s.Clicks.Select(l => new { url = l.Url, clicks = l.Clicks, uniqueClicks = l.UniqueClicks }),
            hardBounces = s.HardBounces,
            softBounces = s.SoftBounces,
            unsubscribes = s.Unsubscribes,
            rates = new
            {
                delivery = Rate(s.Delivered, s.Sent),
                open = Rate(s.UniqueOpens, s.Delivered),
                click = Rate(s.UniqueClicks, s.Delivered),
                bounce = Rate(s.Sent - s.Delivered, s.Sent),
                unsubscribe = Rate(s.Unsubscribes, s.Delivered),
            },
        });
    }

    private static double Rate(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
