namespace ModularCrm.Modules.Sms.Settings;

/// <summary>A shop's settings as the API and the page show them: the password is write-only, so only <see cref="PasswordSet"/> is.</summary>
internal sealed record SettingsView(
    string Provider, string? Endpoint, string? Login, bool PasswordSet, string Sender, string TimeZone, decimal PricePerSms, string StopMention,
    int? RatePerMinute, int DefaultRatePerMinute, string CallbackUrl, string CallbackSecret);
