using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Payments;

namespace ModularCrm.Modules.Sales.Domain.Invoices;

/// <summary>
/// The stored state of an <see cref="Invoice"/>: what persistence writes (<see cref="Invoice.ToData"/>) and reads
/// back (<see cref="Invoice.Restore"/>). Totals are not stored here because they follow from the lines; store them
/// too if reports need them, but read them from <see cref="Invoice.Totals"/>.
/// <see cref="PreviousDepositInvoiceIds"/>: for a deposit invoice, the order's deposits it was split against.
/// </summary>
public sealed record InvoiceData(
    Guid Id,
    long ShopId,
    long CustomerId,
    InvoiceKind Kind,
    InvoiceStatus Status,
    string? Number,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    PaymentTerms? PaymentTerms,
    IReadOnlyList<DocumentLine> Lines,
    Guid? OrderId,
    IReadOnlyList<Guid> DeliveryNoteIds,
    IReadOnlyList<VatBreakdownLine> DepositSummary,
    IReadOnlyList<VatBreakdownLine> Deductions,
    IReadOnlyList<Guid> DeductedDepositInvoiceIds,
    IReadOnlyList<Payment> Payments,
    IReadOnlyList<AppliedCreditNote> CreditNotes,
    IReadOnlyList<Guid> PreviousDepositInvoiceIds)
{
    internal static InvoiceData NewDraft(long shopId, long customerId, InvoiceKind kind, IReadOnlyList<DocumentLine> lines, Guid? orderId)
        => new(Guid.NewGuid(), shopId, customerId, kind, InvoiceStatus.Draft, null, null, null, null, lines, orderId, [], [], [], [], [], [], []);
}
