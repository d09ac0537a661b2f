using System.Data.Common;
using System.Security.Cryptography;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sms.Settings;

/// <summary>Reads a shop's settings, creating the row (file provider, Paris time, random callback secret) the first time.</summary>
internal static class SettingsStore
{
    public static async Task<SmsSettings> GetAsync(IShopSql db, SmsOptions options, CancellationToken ct)
    {
        if (await FindAsync(db, ct) is { } settings)
        {
            return settings;
        }

        try
        {
            await db.ExecuteAsync(
                """
                INSERT INTO sms_settings (shop_id, provider, time_zone, price_per_sms, stop_mention, callback_secret)
                VALUES (@shop, @provider, @zone, @price, @mention, @secret)
                """,
                new
                {
                    provider = SmsProviders.File, zone = SmsSettings.DefaultTimeZone, price = options.DefaultPricePerSms,
                    mention = Rules.OptOutMention.Default, secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant(),
                },
                ct);
        }
        catch (DbException)
        {
            // Another request created it in between (unique shop_id): read theirs.
        }

        return await FindAsync(db, ct) ?? throw new InvalidOperationException("sms_settings row missing after insert");
    }

    public static Task<int> SaveAsync(IShopSql db, SmsSettings s, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE sms_settings SET provider = @Provider, endpoint = @Endpoint, login = @Login, password = @Password, sender = @Sender,
                time_zone = @TimeZone, price_per_sms = @PricePerSms, stop_mention = @StopMention, rate_per_minute = @RatePerMinute
            WHERE shop_id = @shop
            """,
            new { s.Provider, s.Endpoint, s.Login, s.Password, s.Sender, s.TimeZone, s.PricePerSms, s.StopMention, s.RatePerMinute },
            ct);

    private static Task<SmsSettings?> FindAsync(IShopSql db, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<SmsSettings>($"SELECT {SmsSettings.Columns} FROM sms_settings WHERE shop_id = @shop", null, ct);
}
