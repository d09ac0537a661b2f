using ModularCrm.Templating;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>Checks a <see cref="CampaignInput"/>: each error names the field and, for a template, the line and column.</summary>
internal static class CampaignValidator
{
    public static (ValidCampaign? Campaign, Dictionary<string, string[]> Errors) Validate(CampaignInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors["name"] = ["Nom de la campagne obligatoire, 200 caractères au plus."];
        }

        Template("subject", input.Subject, TemplateMode.Text, 500, errors);
        Template("html", input.Html, TemplateMode.Html, 1_000_000, errors);
        if (input.Text is not null)
        {
            Template("text", input.Text, TemplateMode.Text, 1_000_000, errors);
        }

        if (input.SegmentId is not > 0)
        {
            errors["segmentId"] = ["Choisissez le segment de contacts visé (segmentId)."];
        }

        if (input.Topic is { Length: > 100 })
        {
            errors["topic"] = ["Thème : 100 caractères au plus."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidCampaign(input.Name!.Trim(), input.Subject!, input.Html!, input.Text, input.SegmentId!.Value, Blank(input.Topic), input.UseSoftOptIn ?? false), errors);
    }

    private static void Template(string field, string? text, TemplateMode mode, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > max)
        {
            errors[field] = [$"{field} obligatoire, {max} caractères au plus."];
            return;
        }

        var parsed = Templating.Template.Parse(text, field, mode);
        if (parsed.HasErrors)
        {
            errors[field] = parsed.Errors.Select(e => $"ligne {e.Line}, colonne {e.Column} : {e.Message}").ToArray();
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
