using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Rendering;

/// <summary>Loads any document by its type name (quote, order, delivery_note, invoice, credit_note) with the shop's settings, ready to render.</summary>
internal static class DocumentLoader
{
    public static async Task<RenderableDocument?> LoadAsync(IShopSql db, string type, Guid id, CancellationToken ct)
    {
        var settings = await SettingsStore.ReadAsync(db, ct);
        DocumentModel? model = type switch
        {
            QuoteEndpoints.Document => await QuoteStore.FindAsync(db, id, ct) is { } q ? DocumentModels.Quote(q, settings) : null,
            OrderEndpoints.Document => await OrderStore.FindAsync(db, id, ct) is { } o
                ? DocumentModels.Order(o, o.Order.QuoteId is { } quoteId ? (await QuoteStore.FindAsync(db, quoteId, ct))?.Quote.Number : null, settings)
                : null,
            DeliveryEndpoints.Document => await DeliveryNoteStore.FindAsync(db, id, ct) is { } n
                ? DocumentModels.Delivery(n, (await OrderStore.FindAsync(db, n.OrderId, ct))!, settings)
                : null,
            InvoiceEndpoints.Document => await InvoiceStore.FindAsync(db, id, ct) is { } i ? await InvoiceModelAsync(db, i, settings, ct) : null,
            CreditNoteEndpoints.Document => await CreditNoteStore.FindAsync(db, id, ct) is { } c
                ? DocumentModels.CreditNote(c, (await InvoiceStore.FindAsync(db, c.InvoiceId, ct))!, settings)
                : null,
            _ => null,
        };
        return model is null ? null : new RenderableDocument(type, id, model);
    }

    private static async Task<DocumentModel> InvoiceModelAsync(IShopSql db, StoredInvoice invoice, SalesSettings settings, CancellationToken ct)
    {
        var model = DocumentModels.Invoice(invoice, settings);
        if (invoice.Invoice.OrderId is not { } orderId || await OrderStore.FindAsync(db, orderId, ct) is not { } order)
        {
            return model;
        }

        var references = new List<string> { $"Commande {order.Order.Number}" };
        foreach (var noteId in invoice.Invoice.DeliveryNoteIds)
        {
            references.Add($"Bon de livraison {(await DeliveryNoteStore.FindAsync(db, noteId, ct))?.Number}");
        }

        return model with { References = references };
    }
}
