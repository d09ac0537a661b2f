using System.Net;
using System.Text.RegularExpressions;

namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>
/// What every marketing message gets once rendered, campaign or <c>IMailOutbox</c>: an unsubscribe link when the body
/// has none, links to the shop's allowed hosts turned into signed click links, and an open pixel.
/// </summary>
internal static partial class MarketingMarkup
{
    /// <summary>The HTML and text bodies with the unsubscribe link and tracking; <paramref name="text"/> null derives it from the HTML.</summary>
    public static (string Html, string Text) Apply(string html, string? text, IMessageLinks links, string reference, string shopName)
    {
        var unsubscribe = links.UnsubscribeUrl(reference);
        var plain = text ?? PlainText(html);
        if (!html.Contains(unsubscribe, StringComparison.Ordinal))
        {
            html = Insert(html, $"<p style=\"font-size:12px;color:#666\">Vous recevez ce message de {WebUtility.HtmlEncode(shopName)}. <a href=\"{unsubscribe}\">Se désabonner</a></p>");
        }

        if (!plain.Contains(unsubscribe, StringComparison.Ordinal))
        {
            plain += $"\n\n--\nSe désabonner : {unsubscribe}\n";
        }

        html = Href().Replace(html, m => $"href=\"{WebUtility.HtmlEncode(links.ClickUrl(reference, WebUtility.HtmlDecode(m.Groups[1].Value)))}\"");
        html = Insert(html, $"<img src=\"{links.OpenUrl(reference)}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">");
        return (html, plain);
    }

    /// <summary>The text of an HTML body, tags removed, entities decoded.</summary>
    public static string PlainText(string body) => WebUtility.HtmlDecode(Tags().Replace(body, string.Empty)).Trim();

    // Before </body> when the template is a whole document, at the end otherwise.
    private static string Insert(string body, string fragment)
    {
        var end = body.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? body + fragment : body.Insert(end, fragment);
    }

    [GeneratedRegex("href=\"(https?://[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
