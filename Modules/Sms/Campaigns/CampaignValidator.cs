namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>Checks a <see cref="CampaignInput"/>: each error names the field and, for the template, the line and column.</summary>
internal static class CampaignValidator
{
    public const int MaxTemplate = 2000;

    public static Dictionary<string, string[]> Validate(CampaignInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors["name"] = ["Nom de la campagne obligatoire, 200 caractères au plus."];
        }

        if (TextErrors(input.Text) is { } text)
        {
            errors["text"] = text;
        }

        if (input.SegmentId is not > 0)
        {
            errors["segmentId"] = ["Choisissez le segment de contacts visé (segmentId)."];
        }

        return errors;
    }

    /// <summary>Null when <paramref name="text"/> is a usable SMS template.</summary>
    public static string[]? TextErrors(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Length > MaxTemplate
            ? [$"Texte du SMS obligatoire, {MaxTemplate} caractères au plus."]
            : SmsRenderer.Errors(text) is { Length: > 0 } errors ? errors : null;
}
