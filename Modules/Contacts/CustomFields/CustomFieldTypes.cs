using System.Globalization;
using System.Text.Json;

namespace ModularCrm.Modules.Contacts.CustomFields;

/// <summary>
/// The typed values a custom field holds, stored as invariant text (<c>12.5</c>, <c>2026-03-10</c>, <c>true</c>) so
/// that every engine stores them alike, and given back typed in JSON.
/// </summary>
internal static class CustomFieldTypes
{
    public static readonly string[] All = ["text", "number", "date", "bool"];

    public const int MaxTextLength = 1000;

    /// <summary>The stored text for <paramref name="value"/>, or the reason it does not fit <paramref name="type"/>.</summary>
    public static (string? Stored, string? Error) Store(string type, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return (null, null);
        }

        switch (type)
        {
            case "text" when value.ValueKind == JsonValueKind.String:
                var text = value.GetString()!.Trim();
                return text.Length > MaxTextLength ? (null, $"Texte trop long ({text.Length} caractères, {MaxTextLength} au plus).") : (text, null);
            case "number" when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number):
                return (number.ToString(CultureInfo.InvariantCulture), null);
            case "date" when value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            case "bool" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return (value.GetBoolean() ? "true" : "false", null);
            default:
                return (null, type switch
                {
                    "number" => "Un nombre est attendu (ex. 12.5).",
                    "date" => "Une date AAAA-MM-JJ est attendue (ex. 2026-03-10).",
                    "bool" => "true ou false est attendu.",
                    _ => "Un texte est attendu.",
                });
        }
    }

    /// <summary>The stored text given back with its JSON type.</summary>
    public static object? Read(string type, string? stored) => stored is null ? null : type switch
    {
        "number" => decimal.Parse(stored, CultureInfo.InvariantCulture),
        "bool" => stored == "true",
        _ => stored,
    };
}
