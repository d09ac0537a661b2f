namespace ModularCrm.Modules.Loyalty;

/// <summary>The module's configuration, section <c>Modules:loyalty</c>.</summary>
internal sealed class LoyaltyOptions
{
    /// <summary>The time zone in which a birthday starts (the module has no per-shop zone: French shops).</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>The local hour from which the day's birthdays are looked for, so that no e-mail wishes happy birthday at midnight.</summary>
    public int BirthdayHour { get; set; } = 9;

    /// <summary>How often the birthday job looks whether today's birthdays were done; it scans the cards once a day.</summary>
    public TimeSpan BirthdaysInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often pending birthday and reward messages are handed to the e-mailing and SMS modules.</summary>
    public TimeSpan MessagesInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeZoneInfo Zone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
