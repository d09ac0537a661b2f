using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// <c>/numbering</c> (shop admin only): the mask of each numbered document type (quote, order, delivery note, invoice,
/// credit note) with a preview of the next number; saved through the API's own handler, whose refusal (a mask without
/// counter, an unknown token…) shows next to that mask.
/// </summary>
internal static class NumberingPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/numbering", (IShopDb db, IShopPages shop, ClaimsPrincipal user, TimeProvider clock, bool? saved, CancellationToken ct) =>
            AdminOnly.Refusal(user, new SalesView(shop)) is { } refused ? Task.FromResult(refused) : RenderAsync(db, new SalesView(shop), clock, null, null, saved == true, ct));
        pages.MapPost("/numbering/{type}", async (IShopDb db, IShopPages shop, ClaimsPrincipal user, TimeProvider clock, string type, IFormCollection form, CancellationToken ct) =>
        {
            var v = new SalesView(shop);
            return AdminOnly.Refusal(user, v) ?? await PageActions.RunAsync(
                v,
                form,
                type,
                i => () => NumberingEndpoints.SetAsync(db, type, new MaskInput(i.Text("mask")), ct),
                _ => $"{v.Base}/numbering?saved=true",
                o => RenderAsync(db, v, clock, o, form, false, ct));
        });
    }

    private static async Task<IResult> RenderAsync(IShopDb db, SalesView v, TimeProvider clock, ApiOutcome? outcome, IFormCollection? posted, bool saved, CancellationToken ct)
    {
        var today = PageActions.Today(clock);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var type in Enum.GetValues<SalesDocumentType>())
        {
            var name = type.ToString();
            var mask = (await DocumentNumbering.MaskAsync(db, type, ct)).Text;
            var typed = outcome?.Form == name ? posted?["mask"].ToString() : mask;
            var field = Input($"mask-{name}", "mask", v.T($"Masque : {French(type)}", $"Mask: {English(type)}"), typed, outcome?.For(name, "mask"), "text", " spellcheck=\"false\"");
            rows.Add([E(v.T(French(type), English(type))), Form($"{v.Base}/numbering/{name}", v.Pages.Antiforgery, field, v.T("Enregistrer", "Save"), "inline-form"),
                $"<span class=\"next-number\" id=\"next-{name}\">{E(await DocumentNumbering.PreviewAsync(db, type, today, ct))}</span>"]);
        }

        var help = $"<p class=\"muted\">{E(v.T(
            "Jetons : {yyyy} ou {yy} (année), {MM} (mois), un compteur en zéros ({0000} = 4 chiffres). Le compteur repart à 1 chaque année (chaque mois avec {MM}). Les factures et avoirs restent numérotés sans trou.",
            "Tokens: {yyyy} or {yy} (year), {MM} (month), one counter of zeros ({0000} = 4 digits). The counter restarts at 1 each year (each month with {MM}). Invoices and credit notes stay numbered without gaps."))}</p>";
        var body = Notice(saved ? v.T("Masque enregistré.", "Mask saved.") : null, false) + help +
            Table([v.T("Document", "Document"), v.T("Masque", "Mask"), v.T("Prochain numéro", "Next number")], rows) +
            $"<p>{Link($"{v.Base}/settings", v.T("Paramètres des ventes", "Sales settings"))}</p>";
        return v.Pages.Page(v.T("Numérotation des documents", "Document numbering"), Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }

    private static string French(SalesDocumentType type) => type switch
    {
        SalesDocumentType.Quote => "Devis",
        SalesDocumentType.Order => "Commande",
        SalesDocumentType.DeliveryNote => "Bon de livraison",
        SalesDocumentType.Invoice => "Facture",
        _ => "Avoir",
    };

    private static string English(SalesDocumentType type) => type switch
    {
        SalesDocumentType.Quote => "Quote",
        SalesDocumentType.Order => "Order",
        SalesDocumentType.DeliveryNote => "Delivery note",
        SalesDocumentType.Invoice => "Invoice",
        _ => "Credit note",
    };
}
