using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Posts;

/// <summary>The blog's one text rule, on the SDK's <see cref="FormErrors"/>: trimmed, required or not, bounded.</summary>
internal static class TextInput
{
    /// <summary>The trimmed text, null when blank; too long or missing when required is reported under <paramref name="field"/>.</summary>
    public static string? Text(this FormErrors errors, string? value, string field, int max, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            errors.Add(field, "Obligatoire.", "required");
        }
        else if (text is not null && text.Length > max)
        {
            errors.Add(field, $"{max} caractères au plus ({text.Length} donnés).", "too_long", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return text;
    }
}
