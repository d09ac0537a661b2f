using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

/// <summary>Generated lines, printed readably when a property fails.</summary>
public sealed record LineSet(IReadOnlyList<DocumentLine> Lines)
{
    public override string ToString()
        => string.Join("; ", Lines.Select(l => $"{l.Quantity} x {l.UnitPriceExclVat} -{l.DiscountPercent}% @{l.VatRate.Percent}"));
}
