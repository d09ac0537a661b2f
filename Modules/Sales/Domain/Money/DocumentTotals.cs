namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>
/// The totals of a document, built only by <see cref="TotalsCalculator"/> so that they always add up:
/// <see cref="TotalExclVat"/> = <see cref="LinesTotalExclVat"/> − deductions = Σ summary bases,
/// <see cref="TotalVat"/> = Σ summary VAT, <see cref="TotalInclVat"/> = excl. VAT + VAT exactly.
/// </summary>
public sealed record DocumentTotals
{
    internal DocumentTotals(decimal linesTotalExclVat, IReadOnlyList<VatBreakdownLine> deductions, IReadOnlyList<VatBreakdownLine> vatSummary)
    {
        LinesTotalExclVat = linesTotalExclVat;
        Deductions = deductions;
        VatSummary = vatSummary;
        TotalExclVat = vatSummary.Sum(l => l.BaseExclVat);
        TotalVat = vatSummary.Sum(l => l.Vat);
        TotalInclVat = TotalExclVat + TotalVat;
    }

    /// <summary>Totals of a document without lines.</summary>
    public static DocumentTotals Empty { get; } = new(0m, [], []);

    /// <summary>Σ of the lines' <see cref="DocumentLine.TotalExclVat"/>.</summary>
    public decimal LinesTotalExclVat { get; }

    /// <summary>Deposits deducted, per VAT rate (final invoices only; empty otherwise).</summary>
    public IReadOnlyList<VatBreakdownLine> Deductions { get; }

    /// <summary>Net base and VAT per rate (after deductions), highest rate first.</summary>
    public IReadOnlyList<VatBreakdownLine> VatSummary { get; }

    /// <summary>Total excluding VAT ("Total HT").</summary>
    public decimal TotalExclVat { get; }

    /// <summary>Total VAT ("Total TVA").</summary>
    public decimal TotalVat { get; }

    /// <summary>Total including VAT ("Total TTC" / "Net à payer").</summary>
    public decimal TotalInclVat { get; }

    /// <summary>The summary row for <paramref name="rate"/>, or a zero row.</summary>
    public VatBreakdownLine For(VatRate rate) => VatSummary.FirstOrDefault(l => l.Rate == rate) ?? new VatBreakdownLine(rate, 0m, 0m);
}
