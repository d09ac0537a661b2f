using System.Text.Json;
using ModularCrm.Sdk;
using MyModule.Pages;

namespace MyModule.Tests;

/// <summary>What the host needs from the built module: the manifest beside it, its migrations and templates inside.</summary>
public sealed class PackagingTests
{
    private static readonly System.Reflection.Assembly Module = typeof(MyModuleStartup).Assembly;

    [Fact]
    public void Assembly_EmbedsMigrationsAndTemplates_UnderStableNames()
    {
        var resources = Module.GetManifestResourceNames();
        Assert.Contains("Migrations/0001_init.sql", resources);
        // The host finds a template by its name plus ".sbn", and its sample data (checked against shop overrides) beside it.
        Assert.Contains($"Templates/{NotesPage.TemplateName}.sbn", resources);
        Assert.Contains($"Templates/{NotesPage.TemplateName}.sample.json", resources);
    }

    [Fact]
    public void Manifest_NamesThisAssemblyAndAcceptsTheSdkItWasBuiltWith()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "module.json")));
        Assert.Equal(Module.GetName().Name + ".dll", manifest.RootElement.GetProperty("assembly").GetString());
        Assert.StartsWith($"[{SdkInfo.Version}", manifest.RootElement.GetProperty("sdk").GetString());
    }

    [Fact]
    public void Startup_DeclaresItsPermissions()
    {
        var startup = new MyModuleStartup();
        Assert.Contains(startup.Permissions, permission => permission.Name.StartsWith("mymodule.", StringComparison.Ordinal));
    }
}
