using Microsoft.AspNetCore.Http;
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

        var statuses = (await db.QueryAsync<CountRow>(
            "SELECT status AS Name, COUNT(*) AS Total, COUNT(*) AS Uniques FROM emailing_outbox WHERE shop_id = @shop AND campaign_id = @id AND kind = 'campaign' GROUP BY status",
            new { id },
            ct)).ToDictionary(r => r.Name, r => r.Total);
        var events = (await db.QueryAsync<CountRow>(
            "SELECT kind AS Name, COUNT(*) AS Total, COUNT(DISTINCT outbox_id) AS Uniques FROM emailing_events WHERE shop_id = @shop AND campaign_id = @id GROUP BY kind",
            new { id },
            ct)).ToDictionary(r => r.Name);
        var links = await db.QueryAsync<CountRow>(
            "SELECT url AS Name, COUNT(*) AS Total, COUNT(DISTINCT outbox_id) AS Uniques FROM emailing_events WHERE shop_id = @shop AND campaign_id = @id AND kind = 'click' GROUP BY url ORDER BY COUNT(*) DESC",
            new { id },
            ct);
        var bounced = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(DISTINCT outbox_id) FROM emailing_events WHERE shop_id = @shop AND campaign_id = @id AND kind IN ('bounce_hard', 'bounce_soft')",
            new { id },
            ct);

        long Unique(string kind) => events.TryGetValue(kind, out var row) ? row.Uniques : 0;
        var sent = statuses.GetValueOrDefault("sent");
        var delivered = Math.Max(0, sent - bounced);
        return Results.Ok(new
        {
            queued = statuses.GetValueOrDefault("queued"),
            failed = statuses.GetValueOrDefault("failed"),
            sent,
            delivered,
            uniqueOpens = Unique("open"),
            uniqueClicks = Unique("click"),
            clicks = links.Select(l => new { url = l.Name, clicks = l.Total, uniqueClicks = l.Uniques }),
            hardBounces = Unique("bounce_hard"),
            softBounces = Unique("bounce_soft"),
            unsubscribes = Unique("unsubscribe"),
            rates = new
            {
                delivery = Rate(delivered, sent),
                open = Rate(Unique("open"), delivered),
                click = Rate(Unique("click"), delivered),
                bounce = Rate(bounced, sent),
                unsubscribe = Rate(Unique("unsubscribe"), delivered),
            },
        });
    }

    private static double Rate(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private sealed class CountRow
    {
        public string Name { get; init; } = string.Empty;

        public long Total { get; init; }

        public long Uniques { get; init; }
    }
}
