using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>Request lines to domain lines; the domain refuses bad values naming the line (1-based).</summary>
internal static class LineMapping
{
    public static IReadOnlyList<DocumentLine> ToDomain(IReadOnlyList<LineInput> lines) =>
        lines.Select((l, i) =>
        {
            var rate = VatRate.FromPercent(l.VatRate, $"lines[{i + 1}].vatRate");
            return l.ProductId is { } productId
                ? DocumentLine.Product(productId, l.Description ?? string.Empty, l.Quantity, l.UnitPriceExclVat, rate, l.DiscountPercent, i + 1)
                : DocumentLine.FreeText(l.Description ?? string.Empty, l.Quantity, l.UnitPriceExclVat, rate, l.DiscountPercent, i + 1);
        }).ToList();
}
