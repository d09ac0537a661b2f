using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>One VAT rate of a document's summary.</summary>
internal sealed record VatView(decimal Rate, decimal BaseExclVat, decimal Vat)
{
    public static IReadOnlyList<VatView> From(DocumentTotals totals) =>
        totals.VatSummary.Select(v => new VatView(v.Rate.Percent, v.BaseExclVat, v.Vat)).ToList();
}
