namespace ModularCrm.Modules.Sms.Rules;

/// <summary>
/// The eleven public holidays of metropolitan France (Code du travail, art. L3133-1): eight on fixed dates and three
/// that follow Easter (Easter Monday, Ascension Thursday, Whit Monday). Alsace-Moselle's Good Friday and 26 December
/// and the overseas abolition days are not included: the rule is the national one.
/// </summary>
internal static class FrenchHolidays
{
    private static readonly (int Month, int Day)[] Fixed =
        [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)];

    public static bool IsHoliday(DateOnly date) => Of(date.Year).Contains(date);

    public static IReadOnlyList<DateOnly> Of(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            .. Fixed.Select(f => new DateOnly(year, f.Month, f.Day)),
            easter.AddDays(1),
            easter.AddDays(39),
            easter.AddDays(50),
        ];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
