namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>Normalises postcodes: French ones to five digits, foreign ones to upper case.</summary>
public static class PostalCodes
{
    /// <summary>Normalises one postcode; null or blank gives a null value without message.</summary>
    public static PostalCodeResult Normalize(string? input)
    {
        var text = (input ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return new PostalCodeResult(null, null);
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (!compact.All(char.IsAsciiDigit))
        {
            // Foreign postcodes (UK, NL, CA...) have letters; keep them readable, just upper-cased.
            return compact.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                ? new PostalCodeResult(string.Join(' ', text.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), null)
                : new PostalCodeResult(null, $"code postal « {text} » illisible");
        }

        return compact.Length switch
        {
            5 => new PostalCodeResult(compact, null),
            // Spreadsheets turn "01000" into 1000: the lost zero is restored, and said.
            4 => new PostalCodeResult("0" + compact, $"code postal « {text} » complété en « 0{compact} »"),
            _ => new PostalCodeResult(null, $"code postal « {text} » invalide ({compact.Length} chiffres au lieu de 5)"),
        };
    }

    /// <summary>The normalised value only, for keys; null when absent or invalid.</summary>
    public static string? Key(string? input) => Normalize(input).Value;
}
