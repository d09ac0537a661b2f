using System.Security.Cryptography;
using System.Text;

namespace ModularCrm.Modules.Sms.Callbacks;

/// <summary>
/// Callbacks carry <c>X-Sms-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c> with the shop's callback secret,
/// the scheme most gateways offer for webhooks; anything else is refused before the body is read as JSON.
/// </summary>
internal static class CallbackSignature
{
    public const string Header = "X-Sms-Signature";

    public static string Sign(string secret, byte[] body) => "sha256=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant();

    public static bool IsValid(string secret, byte[] body, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant()));
}
