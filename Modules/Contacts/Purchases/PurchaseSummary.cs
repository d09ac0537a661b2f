namespace ModularCrm.Modules.Contacts.Purchases;

/// <summary>A contact's transactional profile, computed from <c>contacts_purchases</c>.</summary>
public sealed record PurchaseSummary(
    int PurchaseCount,
    decimal TotalExclVat,
    decimal AverageBasketExclVat,
    string? FirstPurchase,
    string? LastPurchase,
    IReadOnlyDictionary<int, decimal> RevenueExclVatByYear,
    IReadOnlyList<PurchaseRecord> Purchases)
{
    public static PurchaseSummary From(IReadOnlyList<PurchaseRecord> purchases)
    {
        var invoices = purchases.Where(p => p.DocumentKind == "invoice").ToList();
        var total = purchases.Sum(p => p.TotalExclVat);
        return new PurchaseSummary(
            invoices.Count,
            total,
            invoices.Count == 0 ? 0 : Math.Round(total / invoices.Count, 2),
            invoices.Select(p => p.PurchaseDate).Order(StringComparer.Ordinal).FirstOrDefault(),
            invoices.Select(p => p.PurchaseDate).Order(StringComparer.Ordinal).LastOrDefault(),
            purchases.GroupBy(p => int.Parse(p.PurchaseDate[..4], System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => g.Sum(p => p.TotalExclVat)),
            purchases);
    }
}
