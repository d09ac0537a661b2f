using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Sdk.Audience;
using ModularCrm.Templating;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// A campaign's templates, parsed once, rendered per recipient; then the marketing obligations and tracking: links to
/// the shop's allowed hosts become signed click links, an open pixel is added, and an unsubscribe link is added when the
/// template has none.
/// </summary>
internal sealed partial class CampaignRenderer
{
    private readonly Template subject;
    private readonly Template html;
    private readonly Template? text;
    private readonly string campaignName;
    private readonly string shopName;
    private readonly TemplateOptions options;

    public CampaignRenderer(CampaignRow campaign, string shopName, string culture)
    {
        subject = Template.Parse(campaign.Subject, "subject", TemplateMode.Text);
        html = Template.Parse(campaign.HtmlTemplate, "html", TemplateMode.Html);
        text = campaign.TextTemplate is null ? null : Template.Parse(campaign.TextTemplate, "text", TemplateMode.Text);
        campaignName = campaign.Name;
        this.shopName = shopName;
        options = new TemplateOptions { Culture = CultureInfo.GetCultureInfo(culture) };
    }

    public RenderedMessage Render(AudienceMember member, ShopLinks links, string reference)
    {
        var unsubscribe = links.UnsubscribeUrl(reference);
        var model = RecipientModel.For(member, shopName, campaignName, unsubscribe);
        var body = html.Render(model, options);
        var plain = text?.Render(model, options) ?? PlainText(body);
        if (!body.Contains(unsubscribe, StringComparison.Ordinal))
        {
            body = Insert(body, $"<p style=\"font-size:12px;color:#666\">Vous recevez ce message de {WebUtility.HtmlEncode(shopName)}. <a href=\"{unsubscribe}\">Se désabonner</a></p>");
        }

        if (!plain.Contains(unsubscribe, StringComparison.Ordinal))
        {
            plain += $"\n\n--\nSe désabonner : {unsubscribe}\n";
        }

        body = Href().Replace(body, m => $"href=\"{WebUtility.HtmlEncode(links.ClickUrl(reference, WebUtility.HtmlDecode(m.Groups[1].Value)))}\"");
        body = Insert(body, $"<img src=\"{links.OpenUrl(reference)}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">");
        return new RenderedMessage(subject.Render(model, options).Trim(), body, plain);
    }

    // Before </body> when the template is a whole document, at the end otherwise.
    private static string Insert(string body, string fragment)
    {
        var end = body.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? body + fragment : body.Insert(end, fragment);
    }

    private static string PlainText(string body) => WebUtility.HtmlDecode(Tags().Replace(body, string.Empty)).Trim();

    [GeneratedRegex("href=\"(https?://[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
