using System.Text.Json;
using System.Text.RegularExpressions;
using NuGet.Versioning;

namespace ModularCrm.Host.Modules.Manifest;

/// <summary>Reads and validates <c>module.json</c>: every field is checked and each problem is named.</summary>
public static partial class ModuleManifestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the manifest file at <paramref name="path"/>.</summary>
    /// <exception cref="ModuleManifestException">The file is not valid JSON or a field is wrong.</exception>
    public static ModuleManifest ReadFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses manifest text.</summary>
    /// <exception cref="ModuleManifestException">The text is not valid JSON or a field is wrong.</exception>
    public static ModuleManifest Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new ModuleManifestException([$"is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): {ex.Message}"]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ModuleManifestException([$"must be a JSON object, not {ManifestFields.Kind(document.RootElement)}"]);
            }

            var errors = new List<string>();
            var manifest = Read(new ManifestFields(document.RootElement, "", errors));
            return errors.Count == 0 ? manifest! : throw new ModuleManifestException(errors);
        }
    }

    /// <summary>Whether <paramref name="id"/> is a valid module id.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    private static ModuleManifest? Read(ManifestFields fields)
    {
        var id = fields.String("id");
        if (id is not null && !IsValidId(id))
        {
            fields.Error("id", $"\"{id}\" must use only a-z, 0-9 and '-', start with a letter or digit, at most 64 characters");
        }

        var version = Version(fields, "version");
        var displayName = fields.String("displayName");
        var description = fields.String("description");
        var assembly = AssemblyPath(fields);
        var sdk = Range(fields, "sdk", fields.String("sdk"));
        var dependsOn = Dependencies(fields, id);
        var processing = Processing(fields);
        fields.RefuseUnknown();

        return fields.Errors.Count > 0
            ? null
            : new ModuleManifest(id!, version!, displayName!, description!, assembly!, sdk!, dependsOn, processing);
    }

    private static NuGetVersion? Version(ManifestFields fields, string field)
    {
        var text = fields.String(field);
        if (text is null)
        {
            return null;
        }

        if (NuGetVersion.TryParseStrict(text, out var version))
        {
            return version;
        }

        fields.Error(field, $"\"{text}\" is not a SemVer version (major.minor.patch, e.g. \"1.2.0\")");
        return null;
    }

    private static VersionRange? Range(ManifestFields fields, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (VersionRange.TryParse(text, out var range))
        {
            return range;
        }

        fields.Error(field, $"\"{text}\" is not a NuGet version range (e.g. \"[1.0.0, 2.0.0)\")");
        return null;
    }

    private static string? AssemblyPath(ManifestFields fields)
    {
        var text = fields.String("assembly");
        if (text is null)
        {
            return null;
        }

        string? reason = null;
        if (Path.IsPathRooted(text) || text.StartsWith('/') || text.StartsWith('\\'))
        {
            reason = "must be a path relative to the module folder, not an absolute path";
        }
        else if (text.Split('/', '\\').Any(segment => segment == ".."))
        {
            reason = "must stay inside the module folder (no '..')";
        }
        else if (!text.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            reason = "must name a .dll file";
        }

        if (reason is null)
        {
            return text;
        }

        fields.Error("assembly", $"\"{text}\" {reason}");
        return null;
    }

    private static Dictionary<string, VersionRange> Dependencies(ManifestFields fields, string? ownId)
    {
        var result = new Dictionary<string, VersionRange>(StringComparer.Ordinal);
        if (fields.Property("dependsOn", required: false) is not { } value)
        {
            return result;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            fields.Error("dependsOn", $"must be an object {{ \"module-id\": \"version range\" }}, not {ManifestFields.Kind(value)}");
            return result;
        }

        foreach (var dependency in value.EnumerateObject())
        {
            var field = $"dependsOn.{dependency.Name}";
            if (!IsValidId(dependency.Name))
            {
                fields.Error(field, "is not a valid module id");
            }
            else if (dependency.Name == ownId)
            {
                fields.Error(field, "a module cannot depend on itself");
            }
            else if (dependency.Value.ValueKind != JsonValueKind.String)
            {
                fields.Error(field, $"must be a version range string, not {ManifestFields.Kind(dependency.Value)}");
            }
            else if (Range(fields, field, dependency.Value.GetString()) is { } range)
            {
                result[dependency.Name] = range;
            }
        }

        return result;
    }

    private static List<ProcessingActivity> Processing(ManifestFields fields)
    {
        var result = new List<ProcessingActivity>();
        if (fields.Property("processing", required: true) is not { } value)
        {
            return result;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            fields.Error("processing", $"must be an array (empty when the module keeps no personal data), not {ManifestFields.Kind(value)}");
            return result;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = fields.Name($"processing[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                fields.Errors.Add($"'{path}' must be an object, not {ManifestFields.Kind(item)}");
                continue;
            }

            if (ProcessingActivityReader.Read(new ManifestFields(item, path, fields.Errors)) is { } activity)
            {
                result.Add(activity);
            }
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
