using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.CreditNotes;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>A credit note as the API returns it, with the invoice it credits.</summary>
internal sealed record CreditNoteView(
    Guid Id, string Status, string? Number, Guid InvoiceId, string? InvoiceNumber, long CustomerId, string CustomerName, string? Reason, DateOnly? Date,
    IReadOnlyList<LineView> Lines, IReadOnlyList<VatView> Vat, decimal TotalExclVat, decimal TotalVat, decimal TotalInclVat)
{
    public static CreditNoteView From(CreditNote note, StoredInvoice invoice)
    {
        var totals = note.Totals;
        return new CreditNoteView(
            note.Id, note.Status.ToString(), note.Number, note.InvoiceId, invoice.Invoice.Number, note.CustomerId, invoice.CustomerName, note.Reason, note.Date,
            note.Lines.Select(LineView.From).ToList(), VatView.From(totals), totals.TotalExclVat, totals.TotalVat, totals.TotalInclVat);
    }
}
