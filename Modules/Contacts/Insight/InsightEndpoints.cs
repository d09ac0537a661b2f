using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Purchases;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Insight;

/// <summary>Purchase history (read-only, fed by sales events), customer insight and the shop's value inputs.</summary>
internal static class InsightEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/contacts/{id:long}/purchases", PurchasesAsync).WithTags("Contacts").WithName("contacts.purchases");
        api.MapGet("/contacts/{id:long}/insight", InsightAsync).WithTags("Contacts").WithName("contacts.insight");
        api.MapGet("/insight/settings", async (IShopDb db, CancellationToken ct) => Results.Ok(await InputsAsync(db, ct)))
            .WithTags("Contacts").WithName("contacts.insight.settings.get");
        api.MapPut("/insight/settings", SaveInputsAsync).WithTags("Contacts").WithName("contacts.insight.settings.set");
    }

    private static async Task<IResult> PurchasesAsync(IShopDb db, long id, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return ContactEndpoints.NotFound(id);
        }

        return Results.Ok(PurchaseSummary.From(await PurchaseStore.ForContactAsync(db, id, ct)));
    }

    internal static async Task<IResult> InsightAsync(IShopDb db, TimeProvider clock, long id, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is null)
        {
            return ContactEndpoints.NotFound(id);
        }

        var summary = PurchaseSummary.From(await PurchaseStore.ForContactAsync(db, id, ct));
        return Results.Ok(CustomerInsight.Compute(summary, await InputsAsync(db, ct), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }

    private static async Task<IResult> SaveInputsAsync(IShopDb db, ValueInputs inputs, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (inputs.RetentionRate is < 0 or > 1)
        {
            errors["retentionRate"] = ["Le taux de fidélisation est une fraction entre 0 et 1 (0,6 pour 60 %)."];
        }

        if (inputs.PeriodYears is < 1 or > 50)
        {
            errors["periodYears"] = ["La période se compte en années, de 1 à 50."];
        }

        if (inputs.CostToReach < 0)
        {
            errors["costToReach"] = ["Le coût pour toucher un prospect ne peut pas être négatif."];
        }

        if (inputs.ConversionRate is <= 0 or > 1)
        {
            errors["conversionRate"] = ["Le taux de conversion est une fraction strictement positive, au plus 1 (0,05 pour 5 %)."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Paramètres refusés");
        }

        var args = new { retention = inputs.RetentionRate, period = inputs.PeriodYears, cost = inputs.CostToReach, conversion = inputs.ConversionRate };
        await db.InTransactionAsync(
            async tx =>
            {
                var updated = await tx.ExecuteAsync(
                    "UPDATE contacts_value_inputs SET retention_rate = @retention, period_years = @period, cost_to_reach = @cost, conversion_rate = @conversion WHERE shop_id = @shop",
                    args,
                    ct);
                if (updated == 0)
                {
                    await tx.ExecuteAsync(
                        "INSERT INTO contacts_value_inputs (shop_id, retention_rate, period_years, cost_to_reach, conversion_rate) VALUES (@shop, @retention, @period, @cost, @conversion)",
                        args,
                        ct);
                }

                return updated;
            },
            ct);
        return Results.Ok(await InputsAsync(db, ct));
    }

    // Read into settable properties: SQLite hands NUMERIC back as double, which a record constructor would refuse.
    private static async Task<ValueInputs> InputsAsync(IShopSql db, CancellationToken ct) =>
        await db.QueryFirstOrDefaultAsync<InputsRow>(
            "SELECT retention_rate * 1.0 AS RetentionRate, period_years AS PeriodYears, cost_to_reach * 1.0 AS CostToReach, conversion_rate * 1.0 AS ConversionRate FROM contacts_value_inputs WHERE shop_id = @shop",
            null,
            ct) is { } row
            ? new ValueInputs(row.RetentionRate, row.PeriodYears, row.CostToReach, row.ConversionRate)
            : ValueInputs.Default;

    private sealed class InputsRow
    {
        public decimal RetentionRate { get; init; }

        public int PeriodYears { get; init; }

        public decimal CostToReach { get; init; }

        public decimal ConversionRate { get; init; }
    }
}
