using System.Globalization;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>Collects field errors while reading an input, so that every wrong field is reported at once.</summary>
internal sealed class InputErrors
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public bool Any => Errors.Count > 0;

    public void Add(string field, string reason) => Errors.TryAdd(field, [reason]);

    /// <summary>An optional ISO date (<c>2026-03-10</c>); a wrong one is reported under <paramref name="field"/>.</summary>
    public DateOnly? Date(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, $"« {value} » n'est pas une date au format AAAA-MM-JJ.");
        return null;
    }

    public string? Text(string? value, string field, int max, bool required)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            Add(field, "Obligatoire.");
        }
        else if (text is not null && text.Length > max)
        {
            Add(field, $"{max} caractères au plus ({text.Length} donnés).");
        }

        return text;
    }

    public string? OneOf(string? value, string field, string[] allowed, string? fallback = null)
    {
        var text = string.IsNullOrWhiteSpace(value) ? fallback : value.Trim().ToLowerInvariant();
        if (text is null || !allowed.Contains(text))
        {
            Add(field, $"Valeur attendue : {string.Join(", ", allowed)}{(text is null ? string.Empty : $" (reçu « {value} »)")}.");
            return null;
        }

        return text;
    }

    public int? Days(int? value, string field)
    {
        if (value is { } days && (days < 1 || days > 3650))
        {
            Add(field, $"Un nombre de jours entre 1 et 3650 (reçu {days}).");
        }

        return value;
    }
}
