using ModularCrm.Modules.Sms.Rules;

namespace ModularCrm.Modules.Sms.Tests.Rules;

public sealed class FrenchHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_MatchesTheCalendar(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), FrenchHolidays.EasterSunday(year));
    }

    [Fact]
    public void Of_2026_IsTheElevenNationalHolidays()
    {
        var expected = new[]
        {
            "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
            "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25",
        }.Select(DateOnly.Parse);

        Assert.Equal(expected, FrenchHolidays.Of(2026).Order());
    }

    [Theory]
    [InlineData("2026-07-13", false)]
    [InlineData("2026-07-14", true)]
    [InlineData("2025-06-09", true)] // Whit Monday 2025
    [InlineData("2025-05-29", true)] // Ascension 2025
    [InlineData("2026-04-03", false)] // Good Friday: Alsace-Moselle only
    public void IsHoliday_Dates_AreRecognised(string date, bool holiday)
    {
        Assert.Equal(holiday, FrenchHolidays.IsHoliday(DateOnly.Parse(date)));
    }
}
