namespace ModularCrm.Modules.Contacts.Purchases;

/// <summary>
/// What the contacts module reads from <c>sales.invoice.validated</c> and <c>sales.credit_note.validated</c>:
/// <c>{ invoiceId, contactId, totalInclVat, totalExclVat, date }</c>. A credit note's totals are stored negated
/// when they arrive positive, so that sums give net revenue.
/// </summary>
public sealed record SalesDocumentValidated(long InvoiceId, long ContactId, decimal TotalInclVat, decimal TotalExclVat, DateOnly Date)
{
    /// <summary>An invoice was validated.</summary>
    public const string Invoice = "sales.invoice.validated";

    /// <summary>A credit note was validated.</summary>
    public const string CreditNote = "sales.credit_note.validated";
}
