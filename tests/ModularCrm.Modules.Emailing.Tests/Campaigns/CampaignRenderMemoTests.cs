using ModularCrm.Modules.Emailing.Campaigns;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Modules.Emailing.Tracking;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing.Tests.Campaigns;

public sealed class CampaignRenderMemoTests
{
    private static readonly ShopLinks Links = ShopLinks.For(
        new EmailingOptions(), "https://crm.example.fr", new ShopContext(1, "alpha", "Boutique Alpha", "fr-FR"),
        new ShopSettings { AllowedHosts = "boutique-alpha.fr", SigningKey = Convert.ToBase64String(new byte[48]) });

    private static readonly AudienceMember[] Members =
    [
        Member(1, "Mme", "Alice", "Martin", null, new DateOnly(2026, 10, 1)),
        Member(2, "Mme", "Alice", "Martin", null, new DateOnly(2026, 10, 1)),
        Member(3, "M.", "Bruno", "Martin", "Martin & Fils", null),
        Member(4, "M.", "Bruno", "Martin", "Martin & Fils", null),
        Member(5, null, "Chloé", "Durand", "<Atelier \"C\">", new DateOnly(2025, 1, 2)),
        Member(6, "Mme", "Alice", "Martin", "Autre société", new DateOnly(2026, 10, 1)),
    ];

    public static TheoryData<string, string, string?> Templates => new()
    {
        // subject, html, text
        { "{{ contact.first_name }}, l'automne est là", "<p>Bonjour {{ contact.civility }} {{ contact.last_name }}</p><a href=\"https://boutique-alpha.fr/a?x=1&amp;y=2\">A</a> <a href=\"https://ailleurs.example/\">B</a><a href=\"{{ unsubscribe_url }}\">Désabonnement</a>", "Bonjour {{ contact.first_name }}\n{{ unsubscribe_url }}" },
        { "Nouveautés", "<html><body><p>{{ if contact.company_name }}Pour {{ contact.company_name }}{{ else }}Pour vous, {{ contact.display_name }}{{ end }}</p></body></html>", null },
        { "Pour {{ contact.email }}", "<p>Votre adresse : {{ contact.email }}</p><a href=\"https://boutique-alpha.fr/\">Boutique</a>", "{{ contact.email }}" },
        { "Dernier achat", "<p>{{ contact.last_purchase_on }} {{ contact }}</p>", "Lien : {{ unsubscribe_url | string.upcase }}" },
        { "Cadeau", "<p>{{ unsubscribe_url | string.truncate 40 }}</p>", null },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Render_EveryRecipient_IsExactlyWhatTheRendererGivesDirectly(string subject, string html, string? text)
    {
        var renderer = new CampaignRenderer(Campaign(subject, html, text), "Boutique Alpha", "fr-FR");
        var memo = new CampaignRenderMemo(renderer, Links);

        foreach (var member in Members.Concat(Members))
        {
            var reference = Guid.NewGuid().ToString("N");
            Assert.Equal(renderer.Render(member, Links, reference), memo.Render(member, reference));
        }
    }

    [Fact]
    public void Render_TwoRecipientsWithSamePersonalisation_DifferOnlyBySignedLinks()
    {
        var memo = new CampaignRenderMemo(new CampaignRenderer(Campaign("{{ contact.first_name }}", "<a href=\"https://boutique-alpha.fr/\">x</a>", null), "Boutique Alpha", "fr-FR"), Links);

        var first = memo.Render(Members[0], "ref1");
        var second = memo.Render(Members[1], "ref2");

        Assert.Equal(first.Subject, second.Subject);
        Assert.NotEqual(first.Html, second.Html);
        Assert.Contains(Links.ClickUrl("ref2", "https://boutique-alpha.fr/"), second.Html);
        Assert.Contains(Links.UnsubscribeUrl("ref2"), second.Text);
    }

    private static CampaignRow Campaign(string subject, string html, string? text) =>
        new() { Id = 7, Name = "Automne", Subject = subject, HtmlTemplate = html, TextTemplate = text, SegmentId = 1, Status = "draft" };

    private static AudienceMember Member(long id, string? civility, string first, string last, string? company, DateOnly? lastPurchase) =>
        new(id, $"client{id}@example.fr", $"{first} {last}", civility, first, last, company, lastPurchase, MarketingStatus.ConsentGiven, null, []);
}
