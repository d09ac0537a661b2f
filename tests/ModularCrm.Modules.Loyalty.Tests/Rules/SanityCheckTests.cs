using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Tests.Rules;

public sealed class SanityCheckTests
{
    private static List<Purchase> Baskets(decimal amount, int customers, int each) =>
        Enumerable.Range(0, customers).SelectMany(c => Enumerable.Range(0, each).Select(i => new Purchase(c, new DateOnly(2026, 1, 1).AddDays(i * 7), amount))).ToList();

    [Fact]
    public void Check_OnePointPerTwentyEurosWithSeventeenEuroBaskets_WarnsWithTheAverageBasket()
    {
        var report = SanityCheck.Check(Programs.Points(perEuro: 0.05m, threshold: 50), Baskets(17m, 5, 4));

        var warning = Assert.Single(report.Warnings, w => w.Code == "basket_below_one_point");
        Assert.Equal(17m, warning.Figures["averageBasket"]);
        Assert.Contains("17,00", warning.Message);
        Assert.Contains("20,00", warning.Message);
    }

    [Fact]
    public void Check_StampCardMostCustomersFill_GivesNoWarning()
    {
        var report = SanityCheck.Check(Programs.Stamps(every: 5), Baskets(20m, 6, 8));

        Assert.Empty(report.Warnings);
        Assert.Equal(6, report.CustomersReachingThreshold);
    }

    [Fact]
    public void Check_AmountThresholdAboveWhatCustomersSpendInAYear_WarnsThatItIsRarelyReached()
    {
        var report = SanityCheck.Check(Programs.Amount(threshold: 1000), Baskets(30m, 5, 4));

        var warning = Assert.Single(report.Warnings);
        Assert.Equal("threshold_rarely_reached", warning.Code);
        Assert.Equal(120m, warning.Figures["medianUnitsPerCustomer"]);
    }

    [Fact]
    public void Check_TooFewPurchases_GivesFiguresButNoWarning()
    {
        var report = SanityCheck.Check(Programs.Points(perEuro: 0.05m), Baskets(17m, 1, 3));

        Assert.False(report.EnoughData);
        Assert.Empty(report.Warnings);
    }
}
