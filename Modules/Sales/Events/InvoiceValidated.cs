namespace ModularCrm.Modules.Sales.Events;

/// <summary>
/// <c>sales.invoice.validated</c>: an invoice (or deposit invoice) was numbered and frozen. Published through the
/// outbox in the validating transaction, so it exists if and only if the number was taken.
/// </summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Number">Its number (e.g. FA2026-00001).</param>
/// <param name="ContactId">The customer (contacts module id).</param>
/// <param name="Date">Issue date.</param>
/// <param name="TotalExclVat">Total HT.</param>
/// <param name="TotalVat">Total TVA.</param>
/// <param name="TotalInclVat">Total TTC.</param>
/// <param name="Lines">The lines as invoiced.</param>
public sealed record InvoiceValidated(
    Guid InvoiceId, string Number, long ContactId, DateOnly Date, decimal TotalExclVat, decimal TotalVat, decimal TotalInclVat, IReadOnlyList<EventLine> Lines)
{
    /// <summary>The event name.</summary>
    public const string Name = "sales.invoice.validated";
}
