namespace ModularCrm.Modules.Loyalty.Events;

/// <summary>
/// The fields loyalty reads of <c>sales.credit_note.validated</c>: the credited invoice, its customer, and the amount
/// credited TTC as a positive number (the event name says it is a credit).
/// </summary>
internal sealed record CreditNoteValidatedPayload(Guid CreditNoteId, Guid InvoiceId, long ContactId, DateOnly Date, decimal TotalInclVat)
{
    public const string Name = "sales.credit_note.validated";
}
