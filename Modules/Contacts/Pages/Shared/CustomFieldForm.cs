using System.Globalization;
using System.Text.Json;

namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>
/// Custom values between a form and the API's JSON: the form speaks the user's culture ("12,5" in French, a date
/// field's yyyy-MM-dd, a yes/no list); the API's <c>CustomFieldTypes.Store</c> does the checking.
/// </summary>
internal static class CustomFieldForm
{
    public static string? Show(string type, object? value, PageCulture culture) => value switch
    {
        null => null,
        decimal d => d.ToString(culture.Culture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>The JSON value the API expects; an unreadable number goes as text so that the API names the problem.</summary>
    public static JsonElement ToJson(string type, string? posted, PageCulture culture)
    {
        var text = posted?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return JsonSerializer.SerializeToElement<object?>(null);
        }

        return type switch
        {
            "number" when decimal.TryParse(text, NumberStyles.Number, culture.Culture, out var n)
                || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out n) => JsonSerializer.SerializeToElement(n),
            "bool" when text is "true" or "false" => JsonSerializer.SerializeToElement(text == "true"),
            _ => JsonSerializer.SerializeToElement(text),
        };
    }
}
