using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class FrenchValueParserTests
{
    [Theory]
    [InlineData("1 254", "1254")]
    [InlineData("1 254,50", "1254.50")]
    [InlineData("1.254,50", "1254.50")]
    [InlineData("1\u00A0254,50", "1254.50")]
    [InlineData("1\u202F254", "1254")]
    [InlineData("12 345 678,9", "12345678.9")]
    [InlineData("89", "89")]
    [InlineData("12,5", "12.5")]
    [InlineData("-12,5", "-12.5")]
    [InlineData("1.254", "1254")]
    [InlineData("1,254.50", "1254.50")]
    [InlineData("1254.50", "1254.50")]
    [InlineData("12.5", "12.5")]
    [InlineData("0.250", "0.250")]
    [InlineData("1,254,000", "1254000")]
    [InlineData("1 254 €", "1254")]
    [InlineData("1254,50 EUR", "1254.50")]
    public void TryParseDecimal_FrenchSpelling_GivesTheNumber(string text, string expected)
    {
        Assert.True(FrenchValueParser.TryParseDecimal(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("12,5,3")]
    [InlineData("1.2.3,4")]
    [InlineData("12a")]
    [InlineData("1,25.4")]
    public void TryParseDecimal_Unreadable_IsRefused(string? text) =>
        Assert.False(FrenchValueParser.TryParseDecimal(text, out _));

    [Theory]
    [InlineData("Oui", true)]
    [InlineData("oui", true)]
    [InlineData("O", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    [InlineData("Vrai", true)]
    [InlineData(" true ", true)]
    [InlineData("Non", false)]
    [InlineData("non", false)]
    [InlineData("N", false)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    [InlineData("FAUX", false)]
    public void TryParseBoolean_FrenchOrEnglishWord_GivesTheFlag(string text, bool expected)
    {
        Assert.True(FrenchValueParser.TryParseBoolean(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("peut-être")]
    [InlineData("")]
    [InlineData("2")]
    public void TryParseBoolean_OtherText_IsRefused(string text) =>
        Assert.False(FrenchValueParser.TryParseBoolean(text, out _));

    [Theory]
    [InlineData("07/03/1980")]
    [InlineData("7/3/1980")]
    [InlineData("07-03-1980")]
    [InlineData("07.03.1980")]
    [InlineData("1980-03-07")]
    public void TryParseDate_DayFirstOrIso_GivesTheDate(string text)
    {
        Assert.True(FrenchValueParser.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(1980, 3, 7), date);
    }

    [Theory]
    [InlineData("31/02/1980")]
    [InlineData("03/13/1980")]
    [InlineData("07/03/80")]
    [InlineData("hier")]
    public void TryParseDate_ImpossibleOrAmbiguous_IsRefused(string text) =>
        Assert.False(FrenchValueParser.TryParseDate(text, out _));
}
