using System.Globalization;
using ModularCrm.Modules.Loyalty.Api;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>Numbers typed in a form, French (<c>0,05</c>) or not (<c>0.05</c>); a wrong one is an error on its field.</summary>
internal static class FormNumbers
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static decimal? Decimal(string? text, string field, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Spaces (also the no-break ones French uses between thousands), the euro and percent signs are decoration.
        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not '€' and not '%').ToArray());
        if (decimal.TryParse(cleaned.Replace('.', ','), NumberStyles.Number, French, out var value))
        {
            return value;
        }

        errors.Add(field, $"« {text} » n'est pas un nombre.");
        return null;
    }

    public static int? Integer(string? text, string field, InputErrors errors)
    {
        var value = Decimal(text, field, errors);
        if (value is { } v && v != Math.Floor(v))
        {
            errors.Add(field, $"Un nombre entier est attendu (reçu « {text} »).");
            return null;
        }

        if (value is { } big && big is < int.MinValue or > int.MaxValue)
        {
            errors.Add(field, $"Nombre trop grand (reçu « {text} »).");
            return null;
        }

        return value is { } whole ? (int)whole : null;
    }
}
