using System.Globalization;
using System.Text;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>Subject line checks: length, capitals, exclamation marks, words spam filters dislike, personalisation.</summary>
internal static class SubjectChecker
{
    // Compared without accents and case: "Crédit" and "CREDIT" both match "credit".
    private static readonly string[] SpamWords =
        ["gratuit", "credit", "cadeau", "argent", "urgent", "gagnez", "gagner", "promo", "100%", "offre speciale", "sans frais", "remboursement", "cliquez ici", "derniere chance"];

    public static IReadOnlyList<SubjectWarning> Check(string subjectTemplate)
    {
        var warnings = new List<SubjectWarning>();
        var visible = subjectTemplate.Contains("{{", StringComparison.Ordinal) ? StripCode(subjectTemplate) : subjectTemplate;
        var length = subjectTemplate.Contains("{{", StringComparison.Ordinal) ? visible.Length + 8 : visible.Length; // a name is about 8 characters
        if (length is < 35 or > 45)
        {
            warnings.Add(new("length", $"L'objet fait environ {length} caractères : entre 35 et 45, il est lu en entier et ouvert plus souvent."));
        }

        var letters = visible.Where(char.IsLetter).ToList();
        if (letters.Count >= 5 && letters.All(char.IsUpper))
        {
            warnings.Add(new("all_caps", "L'objet est tout en majuscules : les filtres anti-spam et les lecteurs le perçoivent comme crié."));
        }

        if (visible.Contains("!!", StringComparison.Ordinal))
        {
            warnings.Add(new("exclamations", "Évitez les points d'exclamation répétés (« !!! ») : signal fort pour les filtres anti-spam."));
        }

        var folded = Fold(visible);
        var found = SpamWords.Where(w => folded.Contains(w, StringComparison.Ordinal)).ToList();
        if (found.Count > 0)
        {
            warnings.Add(new("spam_words", $"Mots qui déclenchent les filtres anti-spam : {string.Join(", ", found)}."));
        }

        if (!subjectTemplate.Contains("contact.", StringComparison.Ordinal))
        {
            warnings.Add(new("no_personalisation", "L'objet n'est pas personnalisé : ajoutez par exemple {{ contact.first_name }}."));
        }

        return warnings;
    }

    private static string StripCode(string template)
    {
        var output = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (i + 1 < template.Length && template[i] == '{' && template[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (i + 1 < template.Length && template[i] == '}' && template[i + 1] == '}' && depth > 0)
            {
                depth--;
                i++;
            }
            else if (depth == 0)
            {
                output.Append(template[i]);
            }
        }

        return output.ToString();
    }

    private static string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                output.Append(char.ToLowerInvariant(c));
            }
        }

        return output.ToString();
    }
}
