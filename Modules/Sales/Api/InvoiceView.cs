using ModularCrm.Modules.Sales.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>An invoice as the API returns it.</summary>
internal sealed record InvoiceView(
    Guid Id,
    string Kind,
    string Status,
    string? Number,
    long CustomerId,
    string CustomerName,
    string? CustomerAddress,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    string? PaymentTerms,
    IReadOnlyList<LineView> Lines,
    IReadOnlyList<VatView> Vat,
    decimal TotalExclVat,
    decimal TotalVat,
    decimal TotalInclVat,
    decimal AmountPaid,
    decimal AmountDue,
    IReadOnlyList<PaymentView> Payments,
    Guid? OrderId,
    IReadOnlyList<Guid> DeliveryNoteIds,
    IReadOnlyList<VatView> Deductions,
    IReadOnlyList<Guid> DeductedDepositInvoiceIds,
    decimal AmountCredited,
    decimal AmountToRefund,
    IReadOnlyList<Guid> CreditNoteIds)
{
    public static InvoiceView From(StoredInvoice stored)
    {
        var i = stored.Invoice;
        var totals = i.Totals;
        return new InvoiceView(
            i.Id,
            i.Kind.ToString(),
            i.Status.ToString(),
            i.Number,
            i.CustomerId,
            stored.CustomerName,
            stored.CustomerAddress,
            i.IssueDate,
            i.DueDate,
            i.PaymentTerms?.Label,
            i.Lines.Select(LineView.From).ToList(),
            VatView.From(totals),
            totals.TotalExclVat,
            totals.TotalVat,
            totals.TotalInclVat,
            i.AmountPaid,
            i.AmountDue,
            i.Payments.Select(p => new PaymentView(p.Id, p.Date, p.Amount, p.Method.ToString(), p.Reference)).ToList(),
            i.OrderId,
            i.DeliveryNoteIds,
            i.Deductions.Select(v => new VatView(v.Rate.Percent, v.BaseExclVat, v.Vat)).ToList(),
            i.DeductedDepositInvoiceIds,
            i.AmountCredited,
            i.AmountToRefund,
            i.CreditNotes.Select(c => c.CreditNoteId).ToList());
    }
}
