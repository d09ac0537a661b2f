using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Pages;

namespace ModularCrm.Modules.Loyalty.Tests.Pages;

public sealed class FormNumbersTests
{
    [Theory]
    [InlineData("0,05", 0.05)]
    [InlineData("0.05", 0.05)]
    [InlineData("1 000,50 €", 1000.50)]
    [InlineData("1\u202f000,5", 1000.5)]
    [InlineData(" 10 % ", 10)]
    public void Decimal_FrenchOrDotNotation_ReadsTheNumber(string text, double expected)
    {
        var errors = new InputErrors();

        Assert.Equal((decimal)expected, FormNumbers.Decimal(text, "x", errors));
        Assert.False(errors.Any);
    }

    [Fact]
    public void Decimal_Words_IsAnErrorNamingTheFieldAndTheText()
    {
        var errors = new InputErrors();

        Assert.Null(FormNumbers.Decimal("beaucoup", "pointsPerEuro", errors));
        Assert.Equal("« beaucoup » n'est pas un nombre.", Assert.Single(errors.Errors["pointsPerEuro"]));
    }

    [Fact]
    public void Integer_WithDecimals_IsRefusedOnItsField()
    {
        var errors = new InputErrors();

        Assert.Null(FormNumbers.Integer("12,5", "expiryDays", errors));
        Assert.Contains("entier", errors.Errors["expiryDays"][0]);
    }

    [Fact]
    public void Blank_IsNoValueAndNoError()
    {
        var errors = new InputErrors();

        Assert.Null(FormNumbers.Integer("  ", "expiryDays", errors));
        Assert.False(errors.Any);
    }
}
