using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// <c>/settings</c>: the legal mentions printed on invoices (legal name, address, SIRET, VAT number or exemption
/// mention), default payment terms and late-payment penalty rate. Invoices cannot be printed as PDF until they are set.
/// </summary>
internal static class SettingsPage
{
    private const string Form = "settings";

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/settings", (IShopDb db, IShopPages shop, ClaimsPrincipal user, bool? saved, CancellationToken ct) =>
            AdminOnly.Refusal(user, new SalesView(shop)) is { } refused ? Task.FromResult(refused) : RenderAsync(db, new SalesView(shop), null, null, saved == true, ct));
        pages.MapPost("/settings", SaveAsync);
    }

    private static async Task<IResult> SaveAsync(IShopDb db, IShopPages shop, ClaimsPrincipal user, IFormCollection form, CancellationToken ct)
    {
        var v = new SalesView(shop);
        if (AdminOnly.Refusal(user, v) is { } refused)
        {
            return refused;
        }

        return await PageActions.RunAsync(
            v,
            form,
            Form,
            i => () => SettingsEndpoints.PutAsync(db, new SettingsInput(
                i.Text("legalName"), i.Text("address"), i.Text("siret"), i.Text("vatNumber"), i.Text("paymentTerms"), (int?)i.Decimal("paymentDays"),
                i.Decimal("latePenaltyRatePercent"), i.Text("vatExemptionMention"), null), ct),
            _ => $"{v.Base}/settings?saved=true",
            o => RenderAsync(db, v, o, form, false, ct));
    }

    private static async Task<IResult> RenderAsync(IShopDb db, SalesView v, ApiOutcome? outcome, IFormCollection? posted, bool saved, CancellationToken ct)
    {
        var s = (SettingsView)(await ApiOutcome.Reading(string.Empty).CallAsync(() => SettingsEndpoints.GetAsync(db, ct))).Value!;
        string? Value(string name, string? stored) => posted is null ? stored : posted[name].ToString();
        string Field(string name, string label, string? stored, string extra = "") => Input(name, name, label, Value(name, stored), outcome?.For(Form, name), "text", extra);
        var content =
            Field("legalName", v.T("Raison sociale", "Legal name"), s.LegalName, " autocomplete=\"organization\"") +
            Field("address", v.T("Adresse", "Address"), s.Address, " autocomplete=\"street-address\"") +
            Field("siret", "SIRET", s.Siret, " inputmode=\"numeric\"") +
            Field("vatNumber", v.T("N° de TVA intracommunautaire", "EU VAT number"), s.VatNumber) +
            Field("vatExemptionMention", v.T("Mention d'exonération de TVA (sans n° de TVA)", "VAT exemption mention (without a VAT number)"), s.VatExemptionMention) +
            Choice("paymentTerms", "paymentTerms", v.T("Conditions de paiement", "Payment terms"), Value("paymentTerms", s.PaymentTerms), outcome?.For(Form, "paymentTerms"),
                [("OnReceipt", v.T("À réception", "On receipt")), ("NetDays", v.T("À N jours", "N days net")), ("DaysEndOfMonth", v.T("À N jours fin de mois", "N days end of month"))]) +
            Field("paymentDays", v.T("N (jours)", "N (days)"), s.PaymentDays.ToString(CultureInfo.InvariantCulture), " inputmode=\"numeric\"") +
            Field("latePenaltyRatePercent", v.T("Taux annuel des pénalités de retard (%)", "Annual late-payment penalty rate (%)"), s.LatePenaltyRatePercent.ToString("0.##", v.Culture), " inputmode=\"decimal\"");
        var printed = s.PrintedMentions.Count == 0
            ? $"<p class=\"muted\">{E(v.T("Mentions légales non renseignées : les factures ne peuvent pas encore être imprimées en PDF.", "Legal mentions not set: invoices cannot be printed as PDF yet."))}</p>"
            : $"<ul>{string.Concat(s.PrintedMentions.Select(m => $"<li>{E(m)}</li>"))}</ul>";
        var body = Notice(saved ? v.T("Paramètres enregistrés.", "Settings saved.") : null, false) +
            Form($"{v.Base}/settings", v.Pages.Antiforgery, content, v.T("Enregistrer", "Save")) +
            Section("printed", v.T("Mentions imprimées sur les factures", "Mentions printed on invoices"), printed) +
            $"<p>{Link($"{v.Base}/numbering", v.T("Numérotation des documents", "Document numbering"))}</p>";
        return v.Pages.Page(v.T("Paramètres des ventes", "Sales settings"), Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }
}
