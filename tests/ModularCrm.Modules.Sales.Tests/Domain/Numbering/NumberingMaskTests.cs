using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Numbering;

namespace ModularCrm.Modules.Sales.Tests.Domain.Numbering;

public sealed class NumberingMaskTests
{
    private static readonly DateOnly March2026 = new(2026, 3, 5);

    [Theory]
    [InlineData(SalesDocumentType.Quote, 1, "DE2026-0001")]
    [InlineData(SalesDocumentType.Order, 12, "CO2026-0012")]
    [InlineData(SalesDocumentType.DeliveryNote, 345, "BL2026-0345")]
    [InlineData(SalesDocumentType.Invoice, 7, "FA2026-00007")]
    [InlineData(SalesDocumentType.CreditNote, 99999, "AV2026-99999")]
    public void Format_DefaultMasks_GiveTheExpectedNumbers(SalesDocumentType type, long counter, string expected)
        => Assert.Equal(expected, NumberingMask.Parse(DefaultNumberingMasks.For(type)).Format(March2026, counter));

    [Fact]
    public void Format_TwoDigitYearAndMonth_AreFormatted()
        => Assert.Equal("F26/03-042", NumberingMask.Parse("F{yy}/{MM}-{000}").Format(March2026, 42));

    [Fact]
    public void Format_CounterBeyondPadding_KeepsAllDigits()
        => Assert.Equal("FA2026-100000", NumberingMask.Parse("FA{yyyy}-{00000}").Format(March2026, 100000));

    [Fact]
    public void Format_CounterBelowOne_IsRefused()
        => Assert.Equal(SalesErrorCodes.NumberingCounterInvalid, Assert.Throws<SalesDomainException>(() => NumberingMask.Parse("{0}").Format(March2026, 0)).Code);

    [Fact]
    public void CounterKey_YearlyMask_IsPerShopTypeAndYear()
    {
        var mask = NumberingMask.Parse("FA{yyyy}-{00000}");
        Assert.Equal(new NumberingCounterKey(3, SalesDocumentType.Invoice, "2026"), mask.CounterKey(3, SalesDocumentType.Invoice, March2026));
        Assert.NotEqual(mask.CounterKey(3, SalesDocumentType.Invoice, March2026), mask.CounterKey(3, SalesDocumentType.Invoice, new DateOnly(2027, 1, 1)));
        Assert.Equal(mask.CounterKey(3, SalesDocumentType.Invoice, new DateOnly(2026, 1, 1)), mask.CounterKey(3, SalesDocumentType.Invoice, new DateOnly(2026, 12, 31)));
        Assert.True(mask.HasYear);
    }

    [Fact]
    public void Period_MonthlyMaskWithTwoDigitYear_UsesFullYearAndMonth()
        => Assert.Equal("2026-03", NumberingMask.Parse("F{yy}{MM}{0000}").Period(March2026));

    [Fact]
    public void Period_MaskWithoutDate_IsEmptySoTheCounterNeverResets()
    {
        var mask = NumberingMask.Parse("CLI-{000000}");
        Assert.Equal(string.Empty, mask.Period(March2026));
        Assert.False(mask.HasYear);
    }

    [Theory]
    [InlineData("FA{yyyy}-", SalesErrorCodes.NumberingNoCounter, "il manque le compteur")]
    [InlineData("FA{0000}-{00}", SalesErrorCodes.NumberingTwoCounters, "position 10")]
    [InlineData("FA{yyyy}-{dd}-{0000}", SalesErrorCodes.NumberingUnknownToken, "jeton inconnu {dd} en position 10")]
    [InlineData("FA{YYYY}{0000}", SalesErrorCodes.NumberingUnknownToken, "{YYYY}")]
    [InlineData("FA{yyyy-{0000}", SalesErrorCodes.NumberingUnknownToken, "{yyyy-{0000}")]
    [InlineData("FA{yyyy}{0000", SalesErrorCodes.NumberingMaskInvalid, "accolade ouvrante sans accolade fermante en position 9")]
    [InlineData("FA}{0000}", SalesErrorCodes.NumberingMaskInvalid, "accolade fermante")]
    [InlineData("FA {0000}", SalesErrorCodes.NumberingMaskInvalid, "position 3")]
    [InlineData("FA{MM}-{0000}", SalesErrorCodes.NumberingMaskInvalid, "exige aussi l'année")]
    [InlineData("", SalesErrorCodes.NumberingMaskEmpty, "vide")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ{0000}", SalesErrorCodes.NumberingMaskInvalid, "40 caractères")]
    public void Parse_InvalidMask_IsRefusedWithClearError(string mask, string code, string messagePart)
    {
        var error = Assert.Throws<SalesDomainException>(() => NumberingMask.Parse(mask));
        Assert.Equal(code, error.Code);
        Assert.Equal("mask", error.Error.Field);
        Assert.Contains(messagePart, error.Message);
    }
}
