using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Legal;
using ModularCrm.Modules.Sales.Domain.Reminders;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>The shop's sales settings: <c>GET/PUT /api/shops/{shop}/sales/settings</c> (legal mentions, payment terms, reminder steps).</summary>
internal static class SettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder sales)
    {
        var settings = sales.MapGroup("/settings").WithTags("Sales");
        settings.MapGet("/", GetAsync).WithName("sales.settings.get");
        settings.MapPut("/", PutAsync).WithName("sales.settings.put");
    }

    internal static async Task<IResult> GetAsync(IShopDb db, CancellationToken ct) => Results.Ok(SettingsView.From(await SettingsStore.ReadAsync(db, ct)));

    internal static async Task<IResult> PutAsync(IShopDb db, SettingsInput input, CancellationToken ct)
    {
        var terms = InvoiceEndpoints.ParseTerms(input.PaymentTerms, input.PaymentDays) ?? SalesSettings.Default.PaymentTerms;
        var rate = input.LatePenaltyRatePercent ?? SalesSettings.Default.LatePenaltyRatePercent;

        // Both throw a SalesDomainException naming the field (422), the mentions listing every error at once.
        var mentions = LegalMentions.Create(input.LegalName, input.Address, input.Siret, input.VatNumber, terms, rate, customerIsBusiness: true, input.VatExemptionMention);
        var steps = ReminderPolicy.Create(input.ReminderSteps ?? SalesSettings.Default.ReminderSteps).StepDays;
        var settings = new SalesSettings(
            mentions.SellerLegalName, mentions.SellerAddress, mentions.Siret.Value, mentions.VatNumber?.Value, terms, rate, mentions.VatExemptionMention, steps);
        await SettingsStore.WriteAsync(db, settings, ct);
        return Results.Ok(SettingsView.From(settings));
    }
}
