using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>
/// Computes document totals. Choice documented here once: VAT is computed <b>per rate on the summed base</b>
/// (round(Σ line totals at the rate × rate)), not per line then summed. This is what the VAT summary printed on
/// French invoices shows (base and VAT per rate), it gives a VAT that the customer can check from the summary,
/// and it keeps the rounding error at most half a cent per rate instead of half a cent per line.
/// Each line total is itself rounded to the cent before summing, so printed lines add up to the printed base.
/// </summary>
public static class TotalsCalculator
{
    /// <summary>Totals of plain lines.</summary>
    public static DocumentTotals Compute(IEnumerable<DocumentLine> lines) => Compute(lines, []);

    /// <summary>
    /// Totals of lines minus deposit deductions given per rate (a final invoice). Refuses, with
    /// <c>deposit.exceeds_invoice</c>, a deduction that would make a rate's base or VAT negative.
    /// </summary>
    public static DocumentTotals Compute(IEnumerable<DocumentLine> lines, IEnumerable<VatBreakdownLine> deductions)
    {
        var list = lines.ToList();
        var deductionsByRate = Group(deductions);
        var summary = new List<VatBreakdownLine>();
        foreach (var rate in VatRate.All)
        {
            var atRate = list.Where(l => l.VatRate == rate).ToList();
            deductionsByRate.TryGetValue(rate, out var deduction);
            if (atRate.Count == 0 && deduction is null)
            {
                continue;
            }

            var linesBase = atRate.Sum(l => l.TotalExclVat);
            var linesVat = MoneyRounding.ToCents(linesBase * rate.Fraction);
            var net = new VatBreakdownLine(rate, linesBase - (deduction?.BaseExclVat ?? 0m), linesVat - (deduction?.Vat ?? 0m));
            if (net.BaseExclVat < 0m || net.Vat < 0m)
            {
                throw SalesDomainException.Of(
                    SalesErrorCodes.DepositExceedsInvoice,
                    "deductions",
                    $"Les acomptes déduits à {rate} (base {Fr.Eur(deduction!.BaseExclVat)}, TVA {Fr.Eur(deduction.Vat)}) dépassent les lignes de la facture à ce taux (base {Fr.Eur(linesBase)}, TVA {Fr.Eur(linesVat)}).");
            }

            summary.Add(net);
        }

        return new DocumentTotals(list.Sum(l => l.TotalExclVat), deductionsByRate.Values.OrderByDescending(d => d.Rate.Percent).ToList(), summary);
    }

    /// <summary>Totals whose per-rate summary was decided elsewhere (deposit and credit-note allocations).</summary>
    internal static DocumentTotals FromSummary(IEnumerable<DocumentLine> lines, IEnumerable<VatBreakdownLine> summary)
        => new(lines.Sum(l => l.TotalExclVat), [], summary.Where(s => s.BaseExclVat != 0m || s.Vat != 0m).OrderByDescending(s => s.Rate.Percent).ToList());

    /// <summary>
    /// VAT of a part (<paramref name="partBase"/>) of a whole whose remaining base and VAT are known: the part
    /// that takes the whole remaining base takes the whole remaining VAT, otherwise round(base × rate) capped at the
    /// remaining VAT. So parts (deposits, credit notes) never add up to more VAT than the whole, to the cent.
    /// </summary>
    internal static decimal PartVat(VatRate rate, decimal partBase, decimal remainingBase, decimal remainingVat)
        => partBase == remainingBase ? remainingVat : Math.Min(MoneyRounding.ToCents(partBase * rate.Fraction), remainingVat);

    /// <summary>Sums rows by rate.</summary>
    internal static Dictionary<VatRate, VatBreakdownLine> Group(IEnumerable<VatBreakdownLine> rows)
        => rows.GroupBy(r => r.Rate).ToDictionary(g => g.Key, g => new VatBreakdownLine(g.Key, g.Sum(r => r.BaseExclVat), g.Sum(r => r.Vat)));
}
