namespace ModularCrm.Modules.Sales.Events;

/// <summary><c>sales.order.validated</c>: an order was numbered (e.g. CO2026-0001) and its lines frozen.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Number">Its number.</param>
/// <param name="ContactId">The customer (contacts module id).</param>
/// <param name="QuoteId">The quote it came from, if any.</param>
/// <param name="Date">Validation date.</param>
/// <param name="TotalExclVat">Total HT.</param>
/// <param name="TotalVat">Total TVA.</param>
/// <param name="TotalInclVat">Total TTC.</param>
/// <param name="Lines">The lines ordered.</param>
public sealed record OrderValidated(
    Guid OrderId, string Number, long ContactId, Guid? QuoteId, DateOnly Date, decimal TotalExclVat, decimal TotalVat, decimal TotalInclVat, IReadOnlyList<EventLine> Lines)
{
    /// <summary>The event name.</summary>
    public const string Name = "sales.order.validated";
}
