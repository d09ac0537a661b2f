namespace ModularCrm.Modules.Sales.Events;

/// <summary><c>sales.quote.accepted</c>: the customer accepted a validated quote (it may now become an order).</summary>
/// <param name="QuoteId">The quote.</param>
/// <param name="Number">Its number (e.g. DE2026-0001).</param>
/// <param name="ContactId">The customer (contacts module id).</param>
/// <param name="AcceptedOn">Date of acceptance.</param>
/// <param name="TotalExclVat">Total HT.</param>
/// <param name="TotalInclVat">Total TTC.</param>
public sealed record QuoteAccepted(Guid QuoteId, string Number, long ContactId, DateOnly AcceptedOn, decimal TotalExclVat, decimal TotalInclVat)
{
    /// <summary>The event name.</summary>
    public const string Name = "sales.quote.accepted";
}
