using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Newsletter.Subscriptions;

/// <summary>
/// Signs confirmation links: <c>base64url(id.nonce).base64url(HMAC-SHA256(key, shop|confirm|id.nonce)[..16])</c>. The nonce
/// is the row's own (changed when a sign-up restarts), so a link confirms only the sign-up it was sent for.
/// </summary>
internal sealed class ConfirmationSigner(byte[] key, long shopId)
{
    public static async Task<ConfirmationSigner> ForAsync(IShopSql db, NewsletterOptions options, CancellationToken ct)
    {
        var key = options.SigningKey is { Length: >= 32 } configured ? Encoding.UTF8.GetBytes(configured) : Convert.FromBase64String(await ShopKeyAsync(db, ct));
        return new ConfirmationSigner(key, db.ShopId);
    }

    public string Sign(long subscriptionId, string nonce)
    {
        var payload = Encoding.UTF8.GetBytes($"{subscriptionId.ToString(CultureInfo.InvariantCulture)}.{nonce}");
        return $"{WebEncoders.Base64UrlEncode(payload)}.{WebEncoders.Base64UrlEncode(Mac(payload))}";
    }

    /// <summary>The subscription id and nonce, or null when the token is malformed or not this shop's.</summary>
    public (long Id, string Nonce)? Verify(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 2 })
        {
            return null;
        }

        try
        {
            var payload = WebEncoders.Base64UrlDecode(parts[0]);
            if (!CryptographicOperations.FixedTimeEquals(WebEncoders.Base64UrlDecode(parts[1]), Mac(payload)))
            {
                return null;
            }

            var text = Encoding.UTF8.GetString(payload).Split('.');
            return text.Length == 2 && long.TryParse(text[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (id, text[1]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    private byte[] Mac(byte[] payload)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes($"{shopId.ToString(CultureInfo.InvariantCulture)}|confirm|"), .. payload];
        return HMACSHA256.HashData(key, message)[..16];
    }

    // The shop's random key, created on first use (outside any transaction: a unique-key clash must not abort one).
    private static async Task<string> ShopKeyAsync(IShopSql db, CancellationToken ct)
    {
        const string Read = "SELECT signing_key FROM newsletter_settings WHERE shop_id = @shop";
        if (await db.QueryFirstOrDefaultAsync<string>(Read, null, ct) is { } existing)
        {
            return existing;
        }

        await db.ExecuteAsync(
            "INSERT INTO newsletter_settings (shop_id, signing_key) SELECT @shop, @key WHERE NOT EXISTS (SELECT 1 FROM newsletter_settings WHERE shop_id = @shop)",
            new { key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)) },
            ct);
        return await db.QueryFirstOrDefaultAsync<string>(Read, null, ct) ?? throw new InvalidOperationException("newsletter_settings row missing after insert");
    }
}
