using ModularCrm.Host.Modules;

namespace ModularCrm.Host.Tests.Modules;

public sealed class ModuleConventionTests
{
    [Fact]
    public void Build_ModuleWithMigrationsFolder_EmbedsEachScriptUnderAStableName()
    {
        using var sandbox = new PluginsSandbox().With("BrokenMigration");

        var module = sandbox.Load().Find("broken-migration")!;

        Assert.Equal(ModuleState.Loaded, module.State);
        Assert.Contains("Migrations/0001_broken.sql", module.Assembly!.GetManifestResourceNames());
        using var script = new StreamReader(module.Assembly.GetManifestResourceStream("Migrations/0001_broken.sql")!);
        Assert.Contains("CREATE TABLEAU broken_migration_items", script.ReadToEnd());
    }

    [Fact]
    public void Build_ModuleProject_ShipsItsPrivateLibrariesButNotTheSdk()
    {
        var folder = PluginsSandbox.FixtureFolder("CsvOld");

        Assert.True(File.Exists(Path.Combine(folder, "CsvHelper.dll")));
        Assert.True(File.Exists(Path.Combine(folder, "ModularCrm.Fixtures.CsvOld.deps.json")));
        Assert.False(File.Exists(Path.Combine(folder, "ModularCrm.Sdk.dll")));
        Assert.False(File.Exists(Path.Combine(folder, "ModularCrm.Templating.dll")));
    }
}
