namespace ModularCrm.Modules.Sms.Settings;

/// <summary>A shop's SMS settings (row of <c>sms_settings</c>).</summary>
internal sealed class SmsSettings
{
    public const string Columns =
        "provider AS Provider, endpoint AS Endpoint, login AS Login, password AS Password, sender AS Sender, time_zone AS TimeZone, " +
        "price_per_sms AS PricePerSms, stop_mention AS StopMention, callback_secret AS CallbackSecret, rate_per_minute AS RatePerMinute";

    /// <summary><c>file</c> (the default outbox folder) or <c>http</c> (the operator's gateway).</summary>
    public string Provider { get; init; } = SmsProviders.File;

    public string? Endpoint { get; init; }

    public string? Login { get; init; }

    public string? Password { get; init; }

    public string? Sender { get; init; }

    public string TimeZone { get; init; } = DefaultTimeZone;

    public decimal PricePerSms { get; init; }

    public string StopMention { get; init; } = Rules.OptOutMention.Default;

    public string CallbackSecret { get; init; } = string.Empty;

    /// <summary>Texts per minute for this shop (its operator's contract); null uses the configured default.</summary>
    public int? RatePerMinute { get; init; }

    public const string DefaultTimeZone = "Europe/Paris";
}
