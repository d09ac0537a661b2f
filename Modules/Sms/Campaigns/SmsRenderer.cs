using System.Globalization;
using ModularCrm.Modules.Sms.Counting;
using ModularCrm.Modules.Sms.Rules;
using ModularCrm.Sdk.Audience;
using ModularCrm.Templating;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>An SMS template (Scriban, text mode), parsed once and rendered per recipient; promotional texts get the opt-out mention.</summary>
internal sealed class SmsRenderer(string source, string shopName, string culture, string? stopMention)
{
    private readonly Template template = Template.Parse(source, "text", TemplateMode.Text);
    private readonly TemplateOptions options = new() { Culture = CultureInfo.GetCultureInfo(culture) };

    /// <summary>Template errors, each with its line and column.</summary>
    public static string[] Errors(string source) =>
        Template.Parse(source, "text", TemplateMode.Text).Errors.Select(e => $"ligne {e.Line}, colonne {e.Column} : {e.Message}").ToArray();

    public (string Text, SmsMeasure Measure) Render(AudienceMember member)
    {
        var text = template.Render(RecipientModel.For(member, shopName), options).Trim();
        if (stopMention is not null)
        {
            text = OptOutMention.Append(text, stopMention);
        }

        return (text, SmsCounter.Measure(text));
    }
}
