namespace ModularCrm.Modules.Sales.Events;

/// <summary>A document line in an event payload; <see cref="ProductId"/> null for a free-text line.</summary>
/// <param name="ProductId">Catalog product, if any.</param>
/// <param name="Description">Label.</param>
/// <param name="Quantity">Quantity.</param>
/// <param name="UnitPriceExclVat">Unit price HT.</param>
/// <param name="VatRate">VAT rate in percent.</param>
/// <param name="TotalExclVat">Line total HT (after discount).</param>
public sealed record EventLine(long? ProductId, string Description, decimal Quantity, decimal UnitPriceExclVat, decimal VatRate, decimal TotalExclVat)
{
    internal static IReadOnlyList<EventLine> From(IEnumerable<Domain.Money.DocumentLine> lines) =>
        lines.Select(l => new EventLine(l.ProductId, l.Description, l.Quantity, l.UnitPriceExclVat, l.VatRate.Percent, l.TotalExclVat)).ToList();
}
