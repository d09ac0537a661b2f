namespace ModularCrm.Modules.Contacts.Purchases;

/// <summary>
/// What the contacts module reads from <c>sales.invoice.validated</c> and <c>sales.credit_note.validated</c>:
/// <c>{ invoiceId, creditNoteId?, contactId, totalInclVat, totalExclVat, date }</c> (sales ids are guids). A credit
/// note is identified by its own id (several may credit one invoice); its totals are stored negated when they arrive
/// positive, so that sums give net revenue.
/// </summary>
public sealed record SalesDocumentValidated(Guid InvoiceId, Guid? CreditNoteId, long ContactId, decimal TotalInclVat, decimal TotalExclVat, DateOnly Date)
{
    /// <summary>An invoice was validated.</summary>
    public const string Invoice = "sales.invoice.validated";

    /// <summary>A credit note was validated.</summary>
    public const string CreditNote = "sales.credit_note.validated";

    /// <summary>The sales document this row stands for: the credit note when there is one, else the invoice.</summary>
    public Guid DocumentId => CreditNoteId ?? InvoiceId;
}
