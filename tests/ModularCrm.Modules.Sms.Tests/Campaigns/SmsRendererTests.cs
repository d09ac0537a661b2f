using ModularCrm.Modules.Sms.Campaigns;
using ModularCrm.Modules.Sms.Counting;

namespace ModularCrm.Modules.Sms.Tests.Campaigns;

public sealed class SmsRendererTests
{
    [Fact]
    public void Render_Promotional_PersonalisesAndEndsWithTheOptOutMention()
    {
        var renderer = new SmsRenderer("Bonjour {{ contact.first_name }}, -20 % chez {{ shop.name }} ce week-end !", "Boutique Alpha", "fr-FR", "STOP au 36180");

        var (text, measure) = renderer.Render(RecipientModel.Sample);

        Assert.Equal("Bonjour Marie, -20 % chez Boutique Alpha ce week-end !\nSTOP au 36180", text);
        Assert.Equal((SmsEncoding.Gsm7, text.Length, 1), (measure.Encoding, measure.Characters, measure.Segments));
    }

    [Fact]
    public void Render_TemplateAlreadyEndingWithTheMention_DoesNotRepeatIt()
    {
        var (text, _) = new SmsRenderer("Promo ! STOP au 36180", "A", "fr-FR", "STOP au 36180").Render(RecipientModel.Sample);

        Assert.Equal("Promo ! STOP au 36180", text);
    }

    [Fact]
    public void Render_ServiceMessage_HasNoMention()
    {
        var (text, _) = new SmsRenderer("Votre commande est prête.", "A", "fr-FR", null).Render(RecipientModel.Sample);

        Assert.Equal("Votre commande est prête.", text);
    }

    [Fact]
    public void Errors_BrokenTemplate_NameLineAndColumn()
    {
        var errors = SmsRenderer.Errors("Bonjour\n{{ end }}");

        Assert.True(errors.Any(e => e.StartsWith("ligne 2, colonne", StringComparison.Ordinal)), string.Join(" | ", errors));
    }
}
