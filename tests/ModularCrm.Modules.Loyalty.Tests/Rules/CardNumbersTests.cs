using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Tests.Rules;

public sealed class CardNumbersTests
{
    [Fact]
    public void New_IsTwelveDigitsWithAValidCheckDigit()
    {
        for (var i = 0; i < 200; i++)
        {
            var number = CardNumbers.New();
            Assert.True(CardNumbers.IsValid(number), number);
        }
    }

    [Fact]
    public void IsValid_OneDigitMistyped_IsRefused()
    {
        var number = CardNumbers.New();
        var typo = number[..3] + (char)('0' + ((number[3] - '0' + 1) % 10)) + number[4..];

        Assert.False(CardNumbers.IsValid(typo));
    }

    [Fact]
    public void CheckDigit_KnownLuhnExample_Matches() => Assert.Equal('3', CardNumbers.CheckDigit("7992739871"));
}
