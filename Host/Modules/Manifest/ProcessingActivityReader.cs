using System.Text.Json;

namespace ModularCrm.Host.Modules.Manifest;

/// <summary>Reads one <c>processing</c> entry of a manifest.</summary>
internal static class ProcessingActivityReader
{
    /// <summary>The legal bases of RGPD art. 6(1), as the manifest spells them.</summary>
    public static readonly IReadOnlySet<string> LegalBases = new HashSet<string>(StringComparer.Ordinal)
    {
        "consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests",
    };

    public static ProcessingActivity? Read(ManifestFields fields)
    {
        var errorsBefore = fields.Errors.Count;
        var name = fields.String("name");
        var purpose = fields.String("purpose");
        var legalBasis = fields.String("legalBasis");
        if (legalBasis is not null && !LegalBases.Contains(legalBasis))
        {
            fields.Error("legalBasis", $"\"{legalBasis}\" is not one of {string.Join(", ", LegalBases)}");
        }

        var subjects = fields.StringList("dataSubjects", allowEmpty: false);
        var categories = fields.StringList("dataCategories", allowEmpty: false);
        var recipients = fields.StringList("recipients", allowEmpty: false);
        var retention = fields.String("retention");
        var retentionDays = RetentionDays(fields);
        fields.RefuseUnknown();

        return fields.Errors.Count > errorsBefore
            ? null
            : new ProcessingActivity(name!, purpose!, legalBasis!, subjects!, categories!, recipients!, retention!, retentionDays);
    }

    private static int RetentionDays(ManifestFields fields)
    {
        if (fields.Property("retentionDays", required: true) is not { } value)
        {
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var days) && days > 0)
        {
            return days;
        }

        fields.Error("retentionDays", $"must be a positive whole number of days, not {value.GetRawText()}");
        return 0;
    }
}
