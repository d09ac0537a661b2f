namespace ModularCrm.Modules.Sales.Events;

/// <summary>
/// <c>sales.credit_note.validated</c>: a credit note (avoir, e.g. AV2026-00001) was numbered and deducted from its
/// invoice. Amounts are positive: the event name says it is a credit. Published through the outbox in the
/// validating transaction.
/// </summary>
/// <param name="CreditNoteId">The credit note.</param>
/// <param name="Number">Its number.</param>
/// <param name="InvoiceId">The invoice credited.</param>
/// <param name="InvoiceNumber">The invoice's number.</param>
/// <param name="ContactId">The customer.</param>
/// <param name="Date">Credit note date.</param>
/// <param name="TotalExclVat">Total HT credited.</param>
/// <param name="TotalVat">Total TVA credited.</param>
/// <param name="TotalInclVat">Total TTC credited.</param>
/// <param name="Lines">The lines credited.</param>
public sealed record CreditNoteValidated(
    Guid CreditNoteId, string Number, Guid InvoiceId, string InvoiceNumber, long ContactId, DateOnly Date, decimal TotalExclVat, decimal TotalVat, decimal TotalInclVat, IReadOnlyList<EventLine> Lines)
{
    /// <summary>The event name.</summary>
    public const string Name = "sales.credit_note.validated";
}
