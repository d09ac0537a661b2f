using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>
/// A deposit (acompte) asked on an order, by percentage or by amount. Amounts are <b>excluding VAT</b>: the
/// deposit is split across the order's VAT rates in proportion to what remains to be deposited at each rate,
/// and VAT is added per rate, so a deposit invoice carries the same rates as the order (CGI art. 269: VAT is due
/// on deposits at the rate of the goods or services they pay for).
/// </summary>
public sealed record DepositRequest
{
    private DepositRequest(DepositKind kind, decimal value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Percentage or amount.</summary>
    public DepositKind Kind { get; }

    /// <summary>The percentage (0–100] or the amount excl. VAT in euros.</summary>
    public decimal Value { get; }

    /// <summary>A deposit of <paramref name="percent"/> % of the order's total excl. VAT (more than 0, at most 100, 2 decimals).</summary>
    public static DepositRequest OfPercentage(decimal percent)
    {
        if (percent <= 0m || percent > 100m || !MoneyRounding.HasAtMostDecimals(percent, 2))
        {
            throw SalesDomainException.Of(SalesErrorCodes.DepositInvalid, "percentage", $"Le pourcentage d'acompte {percent} % doit être supérieur à 0 et au plus 100 %, avec au plus 2 décimales.");
        }

        return new DepositRequest(DepositKind.Percentage, percent);
    }

    /// <summary>A deposit of a fixed amount excl. VAT (more than 0, in cents).</summary>
    public static DepositRequest OfAmountExclVat(decimal amount)
    {
        if (amount <= 0m || !MoneyRounding.HasAtMostDecimals(amount, 2))
        {
            throw SalesDomainException.Of(SalesErrorCodes.DepositInvalid, "amount", $"Le montant d'acompte {amount} € doit être supérieur à 0, au centime près.");
        }

        return new DepositRequest(DepositKind.AmountExclVat, amount);
    }

    /// <summary>
    /// Splits this deposit across the order's rates. <paramref name="previousDeposits"/> are the per-rate rows of the
    /// deposit invoices already issued for the order. Refuses (<c>deposit.exceeds_order</c>) a deposit larger than
    /// what remains of the order. The result never exceeds, per rate, the order's base and VAT minus earlier deposits.
    /// </summary>
    public IReadOnlyList<VatBreakdownLine> Allocate(DocumentTotals orderTotals, IEnumerable<VatBreakdownLine> previousDeposits)
    {
        ArgumentNullException.ThrowIfNull(orderTotals);
        var previous = TotalsCalculator.Group(previousDeposits);
        var remaining = orderTotals.VatSummary
            .Select(s => previous.TryGetValue(s.Rate, out var p) ? new VatBreakdownLine(s.Rate, s.BaseExclVat - p.BaseExclVat, s.Vat - p.Vat) : s)
            .Where(s => s.BaseExclVat > 0m)
            .ToList();
        var remainingTotal = remaining.Sum(r => r.BaseExclVat);
        var amount = Kind == DepositKind.Percentage ? MoneyRounding.ToCents(orderTotals.TotalExclVat * Value / 100m) : Value;
        if (amount <= 0m || amount > remainingTotal)
        {
            throw SalesDomainException.Of(
                SalesErrorCodes.DepositExceedsOrder,
                Kind == DepositKind.Percentage ? "percentage" : "amount",
                $"L'acompte de {Fr.Eur(amount)} HT dépasse ce qui reste à facturer en acompte sur la commande ({Fr.Eur(remainingTotal)} HT).");
        }

        var parts = CentAllocator.Allocate(amount, remaining.Select(r => r.BaseExclVat).ToList());
        return remaining
            .Select((r, i) => new VatBreakdownLine(r.Rate, parts[i], TotalsCalculator.PartVat(r.Rate, parts[i], r.BaseExclVat, r.Vat)))
            .Where(r => r.BaseExclVat > 0m)
            .ToList();
    }
}
