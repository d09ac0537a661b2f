using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>
/// Signs what a public link carries (HMAC-SHA256, truncated to 128 bits): <c>base64url(payload).base64url(mac)</c>.
/// The purpose and the shop are part of the MAC, so a click token is no unsubscribe token and no other shop's.
/// </summary>
internal sealed class LinkSigner(byte[] key, long shopId)
{
    public const string Unsubscribe = "u";
    public const string Open = "o";
    public const string Click = "c";

    public string Sign(string purpose, string payload)
    {
        var data = Encoding.UTF8.GetBytes(payload);
        return $"{WebEncoders.Base64UrlEncode(data)}.{WebEncoders.Base64UrlEncode(Mac(purpose, data))}";
    }

    /// <summary>The payload, or null when the token is malformed or not signed by this shop's key for this purpose.</summary>
    public string? Verify(string purpose, string? token)
    {
        var dot = token?.IndexOf('.') ?? -1;
        if (token is null || dot <= 0)
        {
            return null;
        }

        try
        {
            var data = WebEncoders.Base64UrlDecode(token[..dot]);
            var mac = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
            return CryptographicOperations.FixedTimeEquals(mac, Mac(purpose, data)) ? Encoding.UTF8.GetString(data) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private byte[] Mac(string purpose, byte[] data)
    {
        var prefix = Encoding.UTF8.GetBytes($"{shopId}|{purpose}|");
        byte[] message = [.. prefix, .. data];
        return HMACSHA256.HashData(key, message)[..16];
    }
}
