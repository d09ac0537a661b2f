using System.Globalization;
using System.Text;

namespace ModularCrm.Modules.Blog.Posts;

/// <summary>URL slugs: lower-case ASCII words joined by dashes, French accents and ligatures folded ("Été à Noël" → "ete-a-noel").</summary>
internal static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>Slugs a post cannot take: they are the blog's own public paths.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "tag", "search", "recherche", "rss", "atom", "feed", "sitemap", "media", "comments", "page",
    };

    public static string From(string text, int maxLength = MaxLength)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.ToLowerInvariant(c) switch
            {
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                'ø' => "o",
                'đ' => "d",
                var l when l is >= 'a' and <= 'z' or >= '0' and <= '9' => l.ToString(),
                _ => "-",
            });
        }

        var words = folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            if (slug.Length + word.Length + 1 > maxLength)
            {
                break;
            }

            slug.Append(slug.Length == 0 ? string.Empty : "-").Append(word);
        }

        return slug.ToString();
    }

    /// <summary>Whether <paramref name="slug"/> is already in the canonical form <see cref="From(string, int)"/> gives.</summary>
    public static bool IsCanonical(string slug) => slug.Length is > 0 and <= MaxLength && From(slug) == slug;
}
