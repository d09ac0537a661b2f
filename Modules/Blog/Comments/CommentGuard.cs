using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ModularCrm.Modules.Blog.Comments;

/// <summary>
/// The form's timestamp, signed (and encrypted) by the host's data protection: a robot that posts at once, or replays an
/// old form, or makes up the field, is refused. <see cref="BlogOptions.MinimumFillTime"/> is the time a person needs.
/// </summary>
internal sealed class CommentGuard(IDataProtectionProvider protection, BlogOptions options, TimeProvider clock)
{
    public const string TooFast = "too-fast";
    public const string Expired = "expired";
    public const string Forged = "forged";

    private readonly IDataProtector protector = protection.CreateProtector("ModularCrm.Modules.Blog.CommentForm.v1");

    public string Issue(long shopId, long postId) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{shopId}:{postId}:{clock.GetUtcNow().ToUnixTimeMilliseconds()}"));

    /// <summary>Null when the form was shown for this post long enough ago and not too long ago; otherwise why not.</summary>
    public string? Check(string? token, long shopId, long postId)
    {
        string text;
        try
        {
            text = protector.Unprotect(token ?? string.Empty);
        }
        catch (CryptographicException)
        {
            return Forged;
        }

        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0] != shopId.ToString(CultureInfo.InvariantCulture) || parts[1] != postId.ToString(CultureInfo.InvariantCulture)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var shownAt))
        {
            return Forged;
        }

        var elapsed = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(shownAt);
        return elapsed < options.MinimumFillTime ? TooFast : elapsed > options.MaximumFillTime ? Expired : null;
    }
}
