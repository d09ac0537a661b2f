using System.Globalization;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Sdk.Audience;
using ModularCrm.Templating;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// A campaign's templates, parsed once, rendered per recipient; then the marketing obligations and tracking: links to
/// the shop's allowed hosts become signed click links, an open pixel is added, and an unsubscribe link is added when the
/// template has none.
/// </summary>
internal sealed class CampaignRenderer
{
    private readonly Template subject;
    private readonly Template html;
    private readonly Template? text;
    private readonly RecipientModel.NamePart campaignName;
    private readonly RecipientModel.NamePart shopName;
    private readonly TemplateOptions options;

    public CampaignRenderer(CampaignRow campaign, string shopName, string culture)
    {
        subject = Template.Parse(campaign.Subject, "subject", TemplateMode.Text);
        html = Template.Parse(campaign.HtmlTemplate, "html", TemplateMode.Html);
        text = campaign.TextTemplate is null ? null : Template.Parse(campaign.TextTemplate, "text", TemplateMode.Text);
        campaignName = new RecipientModel.NamePart(campaign.Name);
        this.shopName = new RecipientModel.NamePart(shopName);
        options = new TemplateOptions { Culture = CultureInfo.GetCultureInfo(culture) };
    }

    public RenderedMessage Render(AudienceMember member, ShopLinks links, string reference) =>
        Render(new TrackedContact(RecipientModel.ContactOf(member)), links, reference);

    /// <summary>Renders for <paramref name="contact"/>, which records the fields the templates read.</summary>
    public RenderedMessage Render(TrackedContact contact, IMessageLinks links, string reference)
    {
        var model = new CampaignModel(contact, shopName, campaignName, links.UnsubscribeUrl(reference));
        var (body, plain) = MarketingMarkup.Apply(html.Render(model, options), text?.Render(model, options), links, reference, shopName.Name);
        return new RenderedMessage(subject.Render(model, options).Trim(), body, plain);
    }
}
