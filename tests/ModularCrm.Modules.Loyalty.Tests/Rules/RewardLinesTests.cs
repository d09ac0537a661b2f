using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Tests.Rules;

public sealed class RewardLinesTests
{
    [Fact]
    public void For_AmountVoucherAboveTheDocumentTotal_IsCappedAtTheTotal()
    {
        var line = RewardLines.For("FID-A", RewardKinds.Amount, 30, "Bon", 24m, 20, out _)!;

        Assert.Equal(24m, line.DiscountInclVat);
        Assert.Equal(-20m, line.UnitPriceExclVat);
    }

    [Fact]
    public void For_PercentVoucherWithoutTheDocumentTotal_NamesTheMissingField()
    {
        Assert.Null(RewardLines.For("FID-B", RewardKinds.Percent, 10, "Bon", null, 20, out var missing));
        Assert.Equal("documentTotalInclVat", missing);
    }

    [Fact]
    public void For_Gift_IsAZeroPriceLineWithTheGiftsLabel()
    {
        var line = RewardLines.For("FID-C", RewardKinds.Gift, 0, "Un bouquet", null, 20, out _)!;

        Assert.Equal(0m, line.UnitPriceExclVat);
        Assert.Contains("Un bouquet", line.Description);
    }

    [Fact]
    public void HostVoucher_TenPercentOfTheMeetingSales_IsRoundedToTheCent() =>
        Assert.Equal(45.56m, RewardLines.HostVoucher([300m, 155.55m], 10m));
}
