using System.Text.Json.Nodes;
using ModularCrm.Host.Modules;
using ModularCrm.Host.Modules.Loading;

namespace ModularCrm.Host.Tests.Modules;

/// <summary>A temporary plugins folder holding copies of the built fixture modules a test needs.</summary>
internal sealed class PluginsSandbox : IDisposable
{
    public PluginsSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "modularcrm-plugins-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "plugins");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>Holds the plugins folder, and room for things that must lie outside it.</summary>
    public string Root { get; }

    public string Folder { get; }

    /// <summary>The built fixture modules, copied to the test output by the build (tests/Fixtures/Modules).</summary>
    public static string FixtureFolder(string name) => Path.Combine(AppContext.BaseDirectory, "fixture-modules", name);

    /// <summary>Copies fixture <paramref name="fixture"/> as plugins/<paramref name="folder"/>, editing its manifest if asked.</summary>
    public PluginsSandbox With(string fixture, Action<JsonObject>? editManifest = null, string? folder = null)
    {
        var source = FixtureFolder(fixture);
        Assert.True(Directory.Exists(source), $"fixture module {fixture} was not built to {source}");
        var target = Path.Combine(Folder, folder ?? fixture);
        CopyFolder(source, target);
        if (editManifest is not null)
        {
            EditManifest(folder ?? fixture, editManifest);
        }

        return this;
    }

    public void EditManifest(string folder, Action<JsonObject> edit)
    {
        var path = Path.Combine(Folder, folder, "module.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    public ModuleCatalog Load() => ModuleLoader.Load(Folder);

    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
