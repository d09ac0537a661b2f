using System.Globalization;
using System.Text;
using System.Text.Json;
using ModularCrm.Testing;

namespace ModularCrm.Templating.Tests.Conformance;

/// <summary>Locates and runs the Scriban conformance corpus (kept outside the repository, never copied in).</summary>
internal static class ScribanCorpus
{
    public const string Variable = "SCRIBAN_CONFORMANCE_DIR";

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } dir ? dir : Path.Combine(RepoPaths.Shared, "conformance", "scriban");

    public static bool Available => Directory.Exists(Folder);

    /// <summary>Case names as `category/name`, sorted ordinally.</summary>
    public static IReadOnlyList<string> Cases() =>
        Directory.EnumerateFiles(Folder, "*.out.txt", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path)[..^".out.txt".Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static (string Expected, string Actual) Run(string name)
    {
        var template = Read(Path.Combine(Folder, name + ".txt"));
        var expected = Read(Path.Combine(Folder, name + ".out.txt"));
        return (expected, Render(template));
    }

    private static string Render(string text)
    {
        var template = Template.Parse(text, "text", TemplateMode.Text);
        if (template.HasErrors)
        {
            return string.Join("\n", template.Errors);
        }

        var options = new TemplateOptions
        {
            Culture = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            LoopLimit = 1000,
            RecursionLimit = 100,
            Timeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            return template.Render(LoadGlobals(), options);
        }
        catch (TemplateRuntimeException exception)
        {
            return exception.Message;
        }
    }

    private static string Read(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static Dictionary<string, object?> LoadGlobals()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "globals.json")));
        return (Dictionary<string, object?>)Convert(document.RootElement)!;
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
