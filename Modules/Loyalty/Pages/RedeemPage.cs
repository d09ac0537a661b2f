using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// <c>/redeem</c>: uses a voucher at the till through the API's <see cref="RewardEndpoints.RedeemCodeAsync"/> (single
/// use, even for two tills at once) and shows the discount line to put on the document.
/// </summary>
internal static class RedeemPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/redeem", (IShopPages shop, string? code, CancellationToken ct) => RenderAsync(shop, new RedeemForm { Code = code, VatRate = "20" }, PageKit.NoErrors, null, StatusCodes.Status200OK, ct));
        pages.MapPost("/redeem", RedeemAsync);
    }

    private static async Task<IResult> RedeemAsync(IShopDb db, IShopPages pages, TimeProvider clock, [FromForm] RedeemForm form, CancellationToken ct)
    {
        var unreadable = new InputErrors();
        var input = form.ToInput(unreadable);
        var outcome = await PageKit.AttemptAsync(unreadable, () => RewardEndpoints.RedeemCodeAsync(db, clock, form.Code ?? string.Empty, input, ct));
        return outcome.Succeeded
            ? await RenderAsync(pages, new RedeemForm { VatRate = "20" }, PageKit.NoErrors, outcome.Value, StatusCodes.Status200OK, ct)
            : await RenderAsync(pages, form, outcome.FormErrors(), null, PageKit.StatusOf(outcome), ct);
    }

    private static Task<IResult> RenderAsync(IShopPages pages, RedeemForm form, IReadOnlyDictionary<string, string[]> errors, Redemption? done, int status, CancellationToken ct)
    {
        var kit = new PageKit(pages);
        var model = new
        {
            Done = done is null ? null : new
            {
                done.Reward.Code,
                done.Line.Description,
                UnitPriceExclVat = kit.Number(done.Line.UnitPriceExclVat),
                VatRate = kit.Number(done.Line.VatRate),
                done.Line.DiscountInclVat,
            },
            Form = kit.Form("/redeem", "/redeem", pages.Antiforgery, errors,
            [
                new FormField("code", kit.T("Code du bon", "Voucher code"), form.Code, PageKit.Error(errors, "code"), Hint: "FID-…"),
                new FormField("document", kit.T("Document (n° de facture ou de ticket, facultatif)", "Document (invoice or receipt number, optional)"), form.Document, PageKit.Error(errors, "document")),
                new FormField("documentTotalInclVat", kit.T("Total TTC du document (obligatoire pour un bon en %)", "Document total incl. VAT (required for a % voucher)"), form.DocumentTotalInclVat, PageKit.Error(errors, "documentTotalInclVat")),
                new FormField("vatRate", kit.T("Taux de TVA de la remise (%)", "VAT rate of the discount (%)"), form.VatRate, PageKit.Error(errors, "vatRate")),
            ]),
        };
        return pages.RenderAsync(kit.T("Utiliser un bon", "Redeem a voucher"), "pages/redeem.html", model, status, ct);
    }
}
