using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Money;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

public sealed class TotalsCalculatorTests
{
    [Fact]
    public void Compute_MixedRates_GivesSummaryPerRateHighestFirst()
    {
        var totals = TotalsCalculator.Compute([Line(2m, 10m, 5.5m), Line(1m, 100m, 20m), Line(3m, 3.33m, 20m), Line(1m, 8m, 0m)]);

        Assert.Equal([20m, 5.5m, 0m], totals.VatSummary.Select(s => s.Rate.Percent));
        Assert.Equal(new VatBreakdownLine(VatRate.Standard, 109.99m, 22.00m), totals.VatSummary[0]); // 21.998
        Assert.Equal(new VatBreakdownLine(VatRate.Reduced, 20m, 1.10m), totals.VatSummary[1]);
        Assert.Equal(new VatBreakdownLine(VatRate.Zero, 8m, 0m), totals.VatSummary[2]);
        Assert.Equal(137.99m, totals.TotalExclVat);
        Assert.Equal(23.10m, totals.TotalVat);
        Assert.Equal(161.09m, totals.TotalInclVat);
    }

    [Fact]
    public void Compute_VatOnRateBase_DiffersFromSumOfLineVatAndIsTheDocumentedChoice()
    {
        // Three lines of 0.03 at 20 %: VAT per line would be 3 × round(0.006) = 0.03; on the rate base 0.09 it is round(0.018) = 0.02.
        var totals = TotalsCalculator.Compute([Line(1m, 0.025m), Line(1m, 0.025m), Line(1m, 0.025m)]);
        Assert.Equal(0.09m, totals.TotalExclVat); // each line rounds to 0.03
        Assert.Equal(0.02m, totals.TotalVat); // 0.018 → 0.02
    }

    [Fact]
    public void Compute_NoLines_IsAllZero()
    {
        var totals = TotalsCalculator.Compute([]);
        Assert.Empty(totals.VatSummary);
        Assert.Equal(0m, totals.TotalInclVat);
        Assert.Equal(DocumentTotals.Empty.TotalInclVat, totals.TotalInclVat);
    }

    [Fact]
    public void Compute_DeductionWithinLines_ShowsDeductionAndNetPerRate()
    {
        var totals = TotalsCalculator.Compute([Line(1m, 1000m), Line(1m, 100m, 5.5m)], [new VatBreakdownLine(VatRate.Standard, 300m, 60m)]);

        Assert.Equal(1100m, totals.LinesTotalExclVat);
        Assert.Equal(new VatBreakdownLine(VatRate.Standard, 700m, 140m), totals.For(VatRate.Standard));
        Assert.Equal(new VatBreakdownLine(VatRate.Reduced, 100m, 5.5m), totals.For(VatRate.Reduced));
        Assert.Single(totals.Deductions);
        Assert.Equal(800m, totals.TotalExclVat);
        Assert.Equal(945.5m, totals.TotalInclVat);
    }

    [Fact]
    public void Compute_DeductionLargerThanLinesAtRate_IsRefusedNamingTheRate()
    {
        var error = Refused(() => TotalsCalculator.Compute([Line(1m, 100m)], [new VatBreakdownLine(VatRate.Reduced, 10m, 0.55m)]));
        Assert.Equal(SalesErrorCodes.DepositExceedsInvoice, error.Code);
        Assert.Contains("5,5 %", error.Message);
    }
}
