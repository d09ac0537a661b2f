using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Money;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

public sealed class DepositRequestTests
{
    [Fact]
    public void Allocate_ThirtyPercentOnTwoRates_SplitsProportionallyAndAddsUp()
    {
        var order = TotalsCalculator.Compute([Line(1m, 1000m), Line(1m, 333.33m, 5.5m)]);

        var parts = DepositRequest.OfPercentage(30m).Allocate(order, []);

        Assert.Equal(400m, parts.Sum(p => p.BaseExclVat)); // 30 % of 1333.33 = 399.999 → 400.00
        Assert.Equal(new VatBreakdownLine(VatRate.Standard, 300m, 60m), parts[0]);
        Assert.Equal(new VatBreakdownLine(VatRate.Reduced, 100m, 5.5m), parts[1]);
    }

    [Fact]
    public void Allocate_AmountLargerThanWhatRemains_IsRefusedWithRemainingAmount()
    {
        var order = TotalsCalculator.Compute([Line(1m, 1000m)]);
        var first = DepositRequest.OfPercentage(80m).Allocate(order, []);

        var error = Refused(() => DepositRequest.OfAmountExclVat(200.01m).Allocate(order, first));

        Assert.Equal(SalesErrorCodes.DepositExceedsOrder, error.Code);
        Assert.Contains("200,00 €", error.Message);
    }

    [Fact]
    public void Allocate_TwoHalfDepositsOnOddCents_SecondTakesExactlyTheRestIncludingVat()
    {
        var order = TotalsCalculator.Compute([Line(1m, 0.03m), Line(1m, 0.03m, 10m)]);
        var first = DepositRequest.OfPercentage(50m).Allocate(order, []);
        var second = DepositRequest.OfPercentage(50m).Allocate(order, first);

        var all = first.Concat(second).ToList();
        Assert.Equal(order.TotalExclVat, all.Sum(p => p.BaseExclVat));
        Assert.Equal(order.TotalVat, all.Sum(p => p.Vat));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100.01)]
    [InlineData(33.333)]
    public void OfPercentage_OutOfRange_IsRefused(decimal percent)
        => Assert.Equal(SalesErrorCodes.DepositInvalid, Refused(() => DepositRequest.OfPercentage(percent)).Code);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    public void OfAmountExclVat_NotPositiveCents_IsRefused(decimal amount)
        => Assert.Equal(SalesErrorCodes.DepositInvalid, Refused(() => DepositRequest.OfAmountExclVat(amount)).Code);
}
