namespace ModularCrm.Modules.Sms.Settings;

/// <summary>
/// A shop's SMS settings as staff send them. <see cref="Password"/> null or empty keeps the stored one (the field is
/// write-only); the other fields replace the stored values (null restores the default).
/// </summary>
public sealed record SettingsInput(
    string? Provider, string? Endpoint, string? Login, string? Password, string? Sender, string? TimeZone, decimal? PricePerSms, string? StopMention,
    int? RatePerMinute = null);
