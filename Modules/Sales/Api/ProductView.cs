using ModularCrm.Modules.Sales.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>A catalog entry as the API returns it.</summary>
internal sealed record ProductView(long Id, string Kind, string Reference, string Name, decimal UnitPriceExclVat, decimal VatRate, bool Active)
{
    public static ProductView From(ProductRecord r) =>
        new(r.Id, r.Kind, r.Reference, r.Name, SqlNumbers.Decimal(r.UnitPriceExclVat), SqlNumbers.Decimal(r.VatRate), r.Active);
}
