using System.Globalization;
using System.Text;

namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// Folds names (and column headers) to a comparison form: lower case, accents and ligatures removed,
/// every run of hyphens, apostrophes, dots or spaces turned into one space. "Amélie" and "AMELIE" fold
/// alike, as do "Marie-Paule", "MARIE PAULE" and "marie  paule".
/// </summary>
public static class NameFolder
{
    /// <summary>The folded form with single spaces between words ("marie paule"); empty for null.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            AppendLower(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>The folded form without any separator ("mariepaule"), for keys where "Marie Paule" and
    /// "Mariepaule" must meet.</summary>
    public static string Compact(string? text) => Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    // Ligatures have no decomposition, so they are spelled out by hand.
    private static void AppendLower(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'œ' or 'Œ':
                builder.Append("oe");
                break;
            case 'æ' or 'Æ':
                builder.Append("ae");
                break;
            case 'ß':
                builder.Append("ss");
                break;
            default:
                builder.Append(char.ToLowerInvariant(c));
                break;
        }
    }
}
