using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// Reads a posted form: numbers typed the French way (<c>12,5</c>, spaces between thousands) or the English way,
/// dates from <c>input type="date"</c>. A value that cannot be read is an error on its field, before any API call.
/// </summary>
internal sealed class FormInput(IFormCollection form, ApiOutcome outcome, SalesView view)
{
    public string? Text(string name) => form[name].ToString() is { Length: > 0 } text ? text.Trim() : null;

    public bool IsBlank(string name) => Text(name) is null;

    public decimal? Decimal(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        var normal = text.Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal).Replace("€", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal)
            .Replace(',', '.');
        if (decimal.TryParse(normal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        outcome.Add(name, view.T($"« {text} » n'est pas un nombre.", $"“{text}” is not a number."));
        return null;
    }

    /// <summary>A number the form cannot do without: blank is an error on its field.</summary>
    public decimal Required(string name)
    {
        if (IsBlank(name))
        {
            outcome.Add(name, view.T("Obligatoire.", "Required."));
            return 0m;
        }

        return Decimal(name) ?? 0m;
    }

    public DateOnly? Date(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
            || DateOnly.TryParse(text, view.Culture, DateTimeStyles.None, out iso))
        {
            return iso;
        }

        outcome.Add(name, view.T($"« {text} » n'est pas une date.", $"“{text}” is not a date."));
        return null;
    }

    public long? Long(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        outcome.Add(name, view.T($"« {text} » n'est pas un numéro.", $"“{text}” is not a number."));
        return null;
    }
}
