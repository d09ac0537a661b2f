namespace ModularCrm.Modules.Sms.Rules;

/// <summary>
/// When promotional SMS may be sent, in the shop's time zone: Monday to Friday 08:00–20:00, Saturday 08:00–12:00, never
/// on Sundays or public holidays (the French operators' code of conduct for SMS marketing, FFTélécoms / AF2M, which
/// the CNIL refers to). A message due outside waits for the next opening.
/// </summary>
internal sealed class SendWindow(TimeZoneInfo zone)
{
    private static readonly TimeOnly Opening = new(8, 0);
    private static readonly TimeOnly WeekdayClosing = new(20, 0);
    private static readonly TimeOnly SaturdayClosing = new(12, 0);

    public TimeZoneInfo Zone => zone;


    public bool IsOpen(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Closing(DateOnly.FromDateTime(local.DateTime)) is { } closing && time >= Opening && time < closing;
    }

    /// <summary><paramref name="at"/> when the window is open then, otherwise the next opening (08:00 local of the next open day).</summary>
    public DateTimeOffset NextOpen(DateTimeOffset at)
    {
        if (IsOpen(at))
        {
            return at;
        }

        var local = TimeZoneInfo.ConvertTime(at, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (Closing(day) is null || TimeOnly.FromDateTime(local.DateTime) >= Opening)
        {
            day = day.AddDays(1);
        }

        while (Closing(day) is null)
        {
            day = day.AddDays(1);
        }

        var opening = day.ToDateTime(Opening, DateTimeKind.Unspecified);
        return new DateTimeOffset(opening, zone.GetUtcOffset(opening)).ToUniversalTime();
    }

    // Null on days without a window (Sundays and public holidays).
    private static TimeOnly? Closing(DateOnly day) => day.DayOfWeek switch
    {
        _ when FrenchHolidays.IsHoliday(day) => null,
        DayOfWeek.Sunday => null,
        DayOfWeek.Saturday => SaturdayClosing,
        _ => WeekdayClosing,
    };
}
