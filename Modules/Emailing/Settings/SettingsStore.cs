using System.Data.Common;
using System.Security.Cryptography;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Settings;

/// <summary>Reads a shop's settings, creating the row (and its random signing key) the first time.</summary>
internal static class SettingsStore
{
    private const string Columns = "from_address AS FromAddress, from_name AS FromName, allowed_hosts AS AllowedHosts, signing_key AS SigningKey";

    public static async Task<ShopSettings> GetAsync(IShopSql db, CancellationToken ct)
    {
        if (await FindAsync(db, ct) is { } settings)
        {
            return settings;
        }

        try
        {
            await db.ExecuteAsync(
                "INSERT INTO emailing_settings (shop_id, signing_key) VALUES (@shop, @key)",
                new { key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)) },
                ct);
        }
        catch (DbException)
        {
            // Another request created it in between (unique shop_id): read theirs.
        }

        return await FindAsync(db, ct) ?? throw new InvalidOperationException("emailing_settings row missing after insert");
    }

    public static Task<int> SaveAsync(IShopSql db, string? fromAddress, string? fromName, string? allowedHosts, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE emailing_settings SET from_address = @fromAddress, from_name = @fromName, allowed_hosts = @allowedHosts WHERE shop_id = @shop",
            new { fromAddress, fromName, allowedHosts },
            ct);

    private static Task<ShopSettings?> FindAsync(IShopSql db, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<ShopSettings>($"SELECT {Columns} FROM emailing_settings WHERE shop_id = @shop", null, ct);
}
