using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Tests.Rules;

public sealed class LoyaltyProgramTests
{
    [Theory]
    [InlineData(17, 0)]
    [InlineData(20, 1)]
    [InlineData(59.99, 2)]
    public void UnitsFor_OnePointPerTwentyEuros_KeepsWholePointsOnly(decimal amount, decimal points) =>
        Assert.Equal(points, Programs.Points(perEuro: 0.05m).UnitsFor(amount));

    [Fact]
    public void UnitsFor_StampCard_GivesOneStampForAnyPurchaseAndNoneForNothing()
    {
        Assert.Equal(1, Programs.Stamps().UnitsFor(3.5m));
        Assert.Equal(0, Programs.Stamps().UnitsFor(0));
    }

    [Fact]
    public void ReversalUnits_TwoPartialCredits_AddUpToOneFullCredit()
    {
        var program = Programs.Points();
        var first = program.ReversalUnits(120, 0, 50.5m);
        var second = program.ReversalUnits(120, 50.5m, 69.5m);

        Assert.Equal(-program.UnitsFor(120), first + second);
    }

    [Fact]
    public void ReversalUnits_StampCard_TakesTheStampOnlyWhenTheWholePurchaseIsCredited()
    {
        Assert.Equal(0, Programs.Stamps().ReversalUnits(40, 0, 39));
        Assert.Equal(-1, Programs.Stamps().ReversalUnits(40, 39, 1));
    }

    [Fact]
    public void AppliesOn_OutsideValidityDatesOrInactive_IsFalse()
    {
        var program = Programs.Points() with { ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2026, 6, 30) };

        Assert.True(program.AppliesOn(new DateOnly(2026, 6, 30)));
        Assert.False(program.AppliesOn(new DateOnly(2026, 7, 1)));
        Assert.False((program with { Active = false }).AppliesOn(new DateOnly(2026, 3, 1)));
    }
}
