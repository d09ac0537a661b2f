using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary><c>/deliveries/{id}</c> (a delivery note: numbered when made, nothing to do but read and print) and <c>/credit-notes/{id}</c> (validate a draft).</summary>
internal static class OtherDocumentPages
{
    private static readonly DocumentKinds Delivery = DocumentKinds.Of(DeliveryEndpoints.Document);
    private static readonly DocumentKinds Credit = DocumentKinds.Of(CreditNoteEndpoints.Document);

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/deliveries/{id}", DeliveryAsync);
        pages.MapGet("/credit-notes/{id}", (IShopDb db, IShopPages shop, TimeProvider clock, Guid id, CancellationToken ct) => CreditAsync(db, new SalesView(shop), clock, id, null, ct));
        pages.MapPost("/credit-notes/{id}/validate", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
        {
            var v = new SalesView(shop);
            return PageActions.RunAsync(v, form, "validate", i => () => CreditNoteEndpoints.ValidateAsync(db, clock, user, id, new DateInput(i.Date("date")), ct),
                _ => $"{v.Base}/credit-notes/{id}", o => CreditAsync(db, v, clock, id, o, ct));
        });
    }

    private static async Task<IResult> DeliveryAsync(IShopDb db, IShopPages shop, Guid id, CancellationToken ct)
    {
        var v = new SalesView(shop);
        if (await DeliveryNoteStore.FindAsync(db, id, ct) is not { } note || await OrderStore.FindAsync(db, note.OrderId, ct) is not { } order)
        {
            return Results.NotFound();
        }

        var lines = Table(
            [v.T("Ligne de commande", "Order line"), v.T("Désignation", "Description"), v.T("Quantité livrée", "Quantity delivered")],
            note.Lines.Select(l => (IReadOnlyList<string>)[l.OrderLineNo.ToString(CultureInfo.InvariantCulture), E(l.Description), E(v.Number(l.Quantity))]));
        var status = note.InvoiceId is null ? v.T("livré, non facturé", "delivered, not invoiced") : v.T("facturé", "invoiced");
        var body = DocumentParts.Header(v, note.Number, status, order.CustomerName, note.Date) +
            DocumentParts.PrintLinks(v, Delivery, id) +
            Section("lines-title", v.T("Lignes livrées", "Lines delivered"), lines) +
            await DocumentParts.TrailAsync(db, v, Delivery, id, ct);
        return shop.Page($"{Delivery.Name(v)} {note.Number}", body);
    }

    private static async Task<IResult> CreditAsync(IShopDb db, SalesView v, TimeProvider clock, Guid id, ApiOutcome? outcome, CancellationToken ct)
    {
        if (await CreditNoteStore.FindAsync(db, id, ct) is not { } note || await InvoiceStore.FindAsync(db, note.InvoiceId, ct) is not { } invoice)
        {
            return Results.NotFound();
        }

        var c = CreditNoteView.From(note, invoice);
        var validate = c.Status == "Draft"
            ? Section("validate", v.T("Valider", "Validate"), PageActions.Button(v, $"{v.Base}/credit-notes/{id}/validate", "validate", v.T("Valider l'avoir", "Validate the credit note"), outcome, v.T("Date de l'avoir", "Credit note date"), PageActions.Today(clock)))
            : string.Empty;
        var body = DocumentParts.Header(v, c.Number, StatusText.CreditNote(v, c.Status), c.CustomerName, c.Date) +
            (c.Reason is null ? string.Empty : $"<p>{E(v.T("Motif", "Reason"))} : {E(c.Reason)}</p>") +
            DocumentParts.PrintLinks(v, Credit, id) +
            Section("lines-title", v.T("Lignes", "Lines"), DocumentParts.Lines(v, c.Lines)) +
            DocumentParts.Totals(v, c.Vat, c.TotalExclVat, c.TotalVat, c.TotalInclVat) +
            validate +
            await DocumentParts.TrailAsync(db, v, Credit, id, ct);
        return v.Pages.Page($"{Credit.Name(v)} {c.Number ?? v.T("brouillon", "draft")}", Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }
}
