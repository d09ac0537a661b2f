namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>Whose birthday is today: someone born on 29 February celebrates on 28 February in common years.</summary>
internal static class Birthdays
{
    public static bool IsBirthday(DateOnly birth, DateOnly today) =>
        birth.Month == today.Month
        && (birth.Day == today.Day || (birth is { Month: 2, Day: 29 } && today.Day == 28 && !DateTime.IsLeapYear(today.Year)));
}
