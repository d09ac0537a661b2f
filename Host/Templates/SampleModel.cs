using System.Text.Json;

namespace ModularCrm.Host.Templates;

/// <summary>
/// Turns sample JSON into a model the engine reads: objects become dictionaries (keys as written, so write them in
/// snake_case like the properties a module's real model exposes), arrays lists, numbers decimals, ISO 8601 strings dates.
/// A new model per render: a template may assign into it.
/// </summary>
internal static class SampleModel
{
    public static object? From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => From(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(From).ToList(),
        // Real models carry DateTime values; an ISO 8601 string in a sample stands for one, so date filters preview alike.
        JsonValueKind.String => element.TryGetDateTime(out var date) ? date : element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var d) ? d : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>The model of a module's sample file; an empty object when there is none.</summary>
    /// <exception cref="JsonException">The module's sample file is not JSON.</exception>
    public static object? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }
}
