using ModularCrm.Modules.Sms.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sms.Settings;

/// <summary>A shop's settings with what follows from them: the sender to use and the sending window in its time zone.</summary>
internal sealed record ShopSms(SmsSettings Settings, string Sender, SendWindow Window)
{
    public static async Task<ShopSms> LoadAsync(IShopSql db, SmsOptions options, CancellationToken ct)
    {
        var settings = await SettingsStore.GetAsync(db, options, ct);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById(SmsSettings.DefaultTimeZone);
        return new ShopSms(settings, settings.Sender ?? options.DefaultSender, new SendWindow(zone));
    }

    /// <summary>The estimated cost of <paramref name="segments"/> SMS at the shop's price, rounded to the cent.</summary>
    public decimal Cost(int segments) => Math.Round(segments * Settings.PricePerSms, 2, MidpointRounding.AwayFromZero);
}
