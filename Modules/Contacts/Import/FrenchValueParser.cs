using System.Globalization;
using System.Text;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Reads values the way French spreadsheets write them: "1 254", "1 254,50", "1.254,50" (with ordinary,
/// non-breaking or narrow spaces, an optional € sign), "Oui"/"Non" and friends, dates dd/MM/yyyy.
/// </summary>
public static class FrenchValueParser
{
    private static readonly string[] DateFormats =
        ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>Parses a French-written number; false for anything ambiguous or malformed.</summary>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0;
        var compact = Compact(text);
        if (compact.Length == 0)
        {
            return false;
        }

        var lastComma = compact.LastIndexOf(',');
        var lastDot = compact.LastIndexOf('.');
        string invariant;
        if (lastComma >= 0 && lastDot >= 0)
        {
            // Both present: the last one is the decimal separator, the other groups thousands.
            var groupSep = lastComma > lastDot ? '.' : ',';
            var decimalAt = Math.Max(lastComma, lastDot);
            var integerPart = compact[..decimalAt];
            if (!GroupsAreValid(integerPart, groupSep) || compact[(decimalAt + 1)..].Contains(groupSep))
            {
                return false;
            }

            invariant = integerPart.Replace(groupSep.ToString(), string.Empty, StringComparison.Ordinal) + "." + compact[(decimalAt + 1)..];
        }
        else if (lastComma >= 0)
        {
            invariant = compact.IndexOf(',') == lastComma ? compact.Replace(',', '.') : Ungroup(compact, ',');
        }
        else if (lastDot >= 0)
        {
            invariant = compact.IndexOf('.') != lastDot || LooksLikeThousands(compact) ? Ungroup(compact, '.') : compact;
        }
        else
        {
            invariant = compact;
        }

        return invariant.Length > 0
            && decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses Oui/Non, O/N, yes/no, 1/0, vrai/faux, true/false in any case.</summary>
    public static bool TryParseBoolean(string? text, out bool value)
    {
        switch ((text ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "oui" or "o" or "yes" or "y" or "1" or "vrai" or "true":
                value = true;
                return true;
            case "non" or "n" or "no" or "0" or "faux" or "false":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Parses dd/MM/yyyy (also with - or . and without leading zeros) and ISO yyyy-MM-dd.</summary>
    public static bool TryParseDate(string? text, out DateOnly value) =>
        DateOnly.TryParseExact((text ?? string.Empty).Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    // Removes every kind of space and the currency marks a spreadsheet may leave in a cell.
    private static string Compact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not '€' and not '\u202F')
            {
                builder.Append(c);
            }
        }

        var result = builder.ToString();
        return result.EndsWith("EUR", StringComparison.OrdinalIgnoreCase) ? result[..^3] : result;
    }

    // A single dot followed by exactly three digits after 1 to 3 non-zero-led digits reads, in a French
    // file, as thousands ("1.254"); "0.250" or "12.5" stay decimals.
    private static bool LooksLikeThousands(string compact)
    {
        var unsigned = compact.TrimStart('-', '+');
        var dot = unsigned.IndexOf('.');
        return dot is >= 1 and <= 3 && unsigned[0] != '0' && unsigned.Length - dot - 1 == 3;
    }

    private static string Ungroup(string compact, char separator) =>
        GroupsAreValid(compact, separator) ? compact.Replace(separator.ToString(), string.Empty, StringComparison.Ordinal) : string.Empty;

    private static bool GroupsAreValid(string integerPart, char separator)
    {
        var groups = integerPart.TrimStart('-', '+').Split(separator);
        if (groups.Length == 1)
        {
            return groups[0].Length > 0;
        }

        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
