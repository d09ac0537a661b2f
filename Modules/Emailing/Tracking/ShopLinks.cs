using System.Text;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>The public links of one shop's messages: unsubscribe, open pixel, click redirect, all signed.</summary>
internal sealed class ShopLinks(string baseUrl, ShopContext shop, LinkSigner signer, ShopSettings settings) : IMessageLinks
{
    private readonly string root = $"{baseUrl.TrimEnd('/')}/p/{Uri.EscapeDataString(shop.Slug)}/emailing";

    public LinkSigner Signer => signer;

    public ShopSettings Settings => settings;

    public static ShopLinks For(EmailingOptions options, string baseUrl, ShopContext shop, ShopSettings settings)
    {
        var key = options.SigningKey is { Length: > 0 } configured ? Encoding.UTF8.GetBytes(configured) : Convert.FromBase64String(settings.SigningKey);
        return new ShopLinks(options.PublicBaseUrl ?? baseUrl, shop, new LinkSigner(key, shop.ShopId), settings);
    }

    public string UnsubscribeUrl(string reference) => $"{root}/u/{signer.Sign(LinkSigner.Unsubscribe, reference)}";

    public string OpenUrl(string reference) => $"{root}/o/{signer.Sign(LinkSigner.Open, reference)}";

    /// <summary>
    /// A tracked link to <paramref name="target"/>; the target itself when it leads outside the shop's allowed hosts, or
    /// is one of our own links (unsubscribe).
    /// </summary>
    public string ClickUrl(string reference, string target) =>
        Tracks(target) ? $"{root}/c/{signer.Sign(LinkSigner.Click, reference + "\n" + target)}" : target;

    /// <summary>Whether a link to <paramref name="target"/> becomes a tracked click link: an allowed host, not one of our own links.</summary>
    public bool Tracks(string target) =>
        !target.StartsWith(root, StringComparison.Ordinal) && Uri.TryCreate(target, UriKind.Absolute, out var url) && settings.Allows(url);
}
