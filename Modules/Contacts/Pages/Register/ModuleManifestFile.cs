using System.Text.Json.Nodes;

namespace ModularCrm.Modules.Contacts.Pages.Register;

/// <summary>
/// The module's own <c>module.json</c>, whose <c>processing</c> entries are the contacts part of the shop's register
/// of processing activities (the host checks them at load; this page only shows them).
/// </summary>
internal sealed class ModuleManifestFile(string moduleDirectory)
{
    public async Task<IReadOnlyList<JsonObject>> ProcessingAsync(CancellationToken ct)
    {
        await using var file = File.OpenRead(Path.Combine(moduleDirectory, "module.json"));
        var manifest = await JsonNode.ParseAsync(file, cancellationToken: ct);
        return manifest?["processing"] is JsonArray activities ? activities.OfType<JsonObject>().ToList() : [];
    }

    /// <summary>A list property as one line ("clients, prospects").</summary>
    public static string Line(JsonObject activity, string name) =>
        activity[name] switch
        {
            JsonArray items => string.Join(", ", items.Select(i => i?.GetValue<string>())),
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            { } other => other.ToJsonString(),
            null => string.Empty,
        };
}
