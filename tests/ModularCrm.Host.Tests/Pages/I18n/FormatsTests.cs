using ModularCrm.Host.Pages.I18n;

namespace ModularCrm.Host.Tests.Pages.I18n;

public sealed class FormatsTests
{
    private static readonly Formats French = new(UiLanguage.FrenchCulture);
    private static readonly Formats English = new(UiLanguage.EnglishCulture);

    [Fact]
    public void Money_French_IsEurosAfterTheAmountWithACommaDecimal() =>
        Assert.Equal("1\u202F234,50\u00A0€", French.Money(1234.5m));

    [Fact]
    public void Money_English_IsStillEurosWithTheSymbolFirst() =>
        Assert.Equal("€1,234.50", English.Money(1234.5m));

    [Fact]
    public void Date_FollowsTheLocaleOrder()
    {
        var date = new DateOnly(2026, 3, 4);

        Assert.Equal("04/03/2026", French.Date(date));
        Assert.Equal("04/03/2026", English.Date(date));
        Assert.Equal("04/03", French.DayMonth(date));
        Assert.Equal("04 Mar", English.DayMonth(date));
    }

    [Fact]
    public void Number_WholeAndFractional_AreGroupedPerLocale()
    {
        Assert.Equal("12\u202F345", French.Number(12345));
        Assert.Equal("12,345.25", English.Number(12345.25m));
    }
}
