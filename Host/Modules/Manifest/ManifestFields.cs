using System.Text.Json;

namespace ModularCrm.Host.Modules.Manifest;

/// <summary>Reads the fields of one JSON object, collecting an error per bad field instead of stopping at the first.</summary>
internal sealed class ManifestFields(JsonElement element, string path, List<string> errors)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public List<string> Errors => errors;

    public string Name(string field) => path.Length == 0 ? field : $"{path}.{field}";

    public void Error(string field, string reason) => errors.Add($"'{Name(field)}' {reason}");

    public JsonElement? Property(string field, bool required)
    {
        _read.Add(field);
        if (element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Error(field, "is missing");
        }

        return null;
    }

    public string? String(string field, bool required = true)
    {
        if (Property(field, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(field, $"must be a string, not {Kind(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error(field, "is empty");
            return null;
        }

        return text;
    }

    public IReadOnlyList<string>? StringList(string field, bool allowEmpty)
    {
        if (Property(field, required: true) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(field, $"must be an array of strings, not {Kind(value)}");
            return null;
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                errors.Add($"'{Name(field)}[{index}]' must be a non-empty string");
            }
            else
            {
                items.Add(item.GetString()!);
            }

            index++;
        }

        if (!allowEmpty && value.GetArrayLength() == 0)
        {
            Error(field, "must list at least one entry");
        }

        return items;
    }

    /// <summary>Refuses properties nobody read, so that a typo ("dependOn") is not silently ignored.</summary>
    public void RefuseUnknown()
    {
        foreach (var property in element.EnumerateObject().Where(property => !_read.Contains(property.Name)))
        {
            errors.Add($"unknown property '{Name(property.Name)}'");
        }
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
