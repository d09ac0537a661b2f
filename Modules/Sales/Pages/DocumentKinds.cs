using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Data;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>The five document types as the pages name them: audit/link type, page and API route, table, names.</summary>
internal sealed record DocumentKinds(string Type, string Route, string Table, string French, string English)
{
    public static readonly IReadOnlyList<DocumentKinds> All =
    [
        new(QuoteEndpoints.Document, "quotes", QuoteStore.Table, "Devis", "Quote"),
        new(OrderEndpoints.Document, "orders", OrderStore.Table, "Commande", "Order"),
        new(DeliveryEndpoints.Document, "deliveries", DeliveryNoteStore.Table, "Bon de livraison", "Delivery note"),
        new(InvoiceEndpoints.Document, "invoices", InvoiceStore.Table, "Facture", "Invoice"),
        new(CreditNoteEndpoints.Document, "credit-notes", CreditNoteStore.Table, "Avoir", "Credit note"),
    ];

    public static DocumentKinds Of(string type) => All.Single(k => k.Type == type);

    public string Name(SalesView view) => view.T(French, English);
}
