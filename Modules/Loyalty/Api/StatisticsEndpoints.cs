using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary><c>GET /api/shops/{shop}/loyalty/statistics?from=&amp;to=</c> (the last 365 days by default).</summary>
internal static class StatisticsEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/statistics", GetAsync).WithTags("Loyalty").WithName("loyalty.statistics");

    private static async Task<IResult> GetAsync(IShopDb db, TimeProvider clock, string? from, string? to, CancellationToken ct) =>
        LoyaltyProblems.Answer(await ComputeAsync(db, clock, from, to, ct), "Période refusée", Results.Ok);

    /// <summary>The figures over <paramref name="from"/>–<paramref name="to"/> (ISO dates, API and pages).</summary>
    public static async Task<Outcome<LoyaltyStatistics>> ComputeAsync(IShopSql db, TimeProvider clock, string? from, string? to, CancellationToken ct)
    {
        var errors = new InputErrors();
        var end = errors.Date(to, "to") ?? CardEndpoints.Today(clock);
        var start = errors.Date(from, "from") ?? end.AddDays(-365);
        if (start > end)
        {
            errors.Add("from", $"Le début ({start:yyyy-MM-dd}) suit la fin ({end:yyyy-MM-dd}).");
        }

        if (errors.Any)
        {
            return Outcome<LoyaltyStatistics>.Invalid(errors);
        }

        var range = new { from = SqlValues.Date(start), to = SqlValues.Date(end), fromTime = start.ToDateTime(TimeOnly.MinValue), toTime = end.ToDateTime(TimeOnly.MaxValue) };
        var purchases = await PurchaseStore.BetweenAsync(db, start, end, ct);
        var holders = (await db.QueryAsync<long>("SELECT contact_id FROM loyalty_cards WHERE shop_id = @shop", null, ct)).ToHashSet();
        var cardsIssued = await db.QueryFirstOrDefaultAsync<int>(
            "SELECT COUNT(*) FROM loyalty_cards WHERE shop_id = @shop AND issued_at >= @fromTime AND issued_at <= @toTime", range, ct);
        var byCustomer = purchases.GroupBy(p => p.ContactId).ToList();
        var repeat = byCustomer.Count(g => g.Count() >= 2);
        var rewards = await db.QueryAsync<RewardRecord>(
            """
            SELECT id AS Id, code AS Code, kind AS Kind, value AS Value, label AS Label, issued_on AS IssuedOn, expires_on AS ExpiresOn, redeemed_at AS RedeemedAt
            FROM loyalty_rewards WHERE shop_id = @shop AND issued_on <= @to
            """,
            range,
            ct);
        var endTime = new DateTimeOffset(range.toTime, TimeSpan.Zero);
        var startTime = new DateTimeOffset(range.fromTime, TimeSpan.Zero);

        return new LoyaltyStatistics(
            start,
            end,
            holders.Count,
            cardsIssued,
            byCustomer.Count(g => holders.Contains(g.Key)),
            await ProgramFiguresAsync(db, range, ct),
            rewards.Count(r => SqlValues.ReadDate(r.IssuedOn) >= start),
            rewards.Count(r => r.RedeemedAt is { } at && at >= startTime && at <= endTime),
            rewards.Count(r => r.RedeemedAt is null && SqlValues.ReadDateOrNull(r.ExpiresOn) is { } e && e >= start && e < end),
            purchases.Where(p => holders.Contains(p.ContactId)).Sum(p => p.Amount),
            purchases.Where(p => !holders.Contains(p.ContactId)).Sum(p => p.Amount),
            byCustomer.Count,
            repeat,
            byCustomer.Count == 0 ? 0 : Math.Round((decimal)repeat / byCustomer.Count, 4));
    }

    private static async Task<IReadOnlyList<ProgramFigures>> ProgramFiguresAsync(IShopSql db, object range, CancellationToken ct)
    {
        var rows = await db.QueryAsync<UnitsRow>(
            """
            SELECT m.program_id AS ProgramId, m.kind AS Kind, SUM(m.units) AS Units
            FROM loyalty_movements m
            WHERE m.shop_id = @shop AND m.occurred_on >= @from AND m.occurred_on <= @to
            GROUP BY m.program_id, m.kind
            """,
            range,
            ct);
        var programs = await ProgramStore.ListAsync(db, ct);
        return programs.Select(p => new ProgramFigures(
                p.Id,
                p.Name,
                p.Kind,
                Units(rows, p.Id, MovementKinds.Earn),
                -Units(rows, p.Id, MovementKinds.Reverse),
                -Units(rows, p.Id, MovementKinds.Convert)))
            .ToList();
    }

    private static decimal Units(IEnumerable<UnitsRow> rows, long programId, string kind) =>
        rows.Where(r => r.ProgramId == programId && r.Kind == kind).Sum(r => SqlValues.Money(r.Units));

    private sealed class UnitsRow
    {
        public long ProgramId { get; set; }

        public string Kind { get; set; } = string.Empty;

        public object? Units { get; set; }
    }
}
