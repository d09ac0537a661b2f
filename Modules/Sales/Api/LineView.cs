using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>A document line as the API returns it.</summary>
internal sealed record LineView(long? ProductId, string Description, decimal Quantity, decimal UnitPriceExclVat, decimal DiscountPercent, decimal VatRate, decimal TotalExclVat)
{
    public static LineView From(DocumentLine l) => new(l.ProductId, l.Description, l.Quantity, l.UnitPriceExclVat, l.DiscountPercent, l.VatRate.Percent, l.TotalExclVat);
}
