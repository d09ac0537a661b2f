using ModularCrm.Host.Modules;

namespace ModularCrm.Host.Tests.Modules.Loading;

public sealed class PathGuardTests
{
    [Fact]
    public void Load_ModuleFolderSymlinkedFromOutsideThePluginsFolder_IsFailed()
    {
        using var sandbox = new PluginsSandbox();
        var outside = Path.Combine(sandbox.Root, "elsewhere", "CsvOld");
        PluginsSandbox.CopyFolder(PluginsSandbox.FixtureFolder("CsvOld"), outside);
        Directory.CreateSymbolicLink(Path.Combine(sandbox.Folder, "CsvOld"), outside);

        var module = Assert.Single(sandbox.Load().Modules);

        Assert.Equal(ModuleState.Failed, module.State);
        Assert.Contains("outside the plugins folder", module.Reason);
        Assert.Null(module.Assembly);
    }

    [Fact]
    public void Load_AssemblySymlinkPointingOutsideTheModuleFolder_IsFailed()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld");
        var assembly = Path.Combine(sandbox.Folder, "CsvOld", "ModularCrm.Fixtures.CsvOld.dll");
        var outside = Path.Combine(sandbox.Root, "CsvOld.dll");
        File.Move(assembly, outside);
        File.CreateSymbolicLink(assembly, outside);

        var module = sandbox.Load().Find("csv-old")!;

        Assert.Equal(ModuleState.Failed, module.State);
        Assert.Contains($"resolves to {outside}, outside the module folder", module.Reason);
    }

    [Fact]
    public void Load_PluginsFolderItselfReachedThroughASymlink_LoadsNormally()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld");
        var link = Path.Combine(sandbox.Root, "plugins-link");
        Directory.CreateSymbolicLink(link, sandbox.Folder);

        var catalog = Host.Modules.Loading.ModuleLoader.Load(link);

        Assert.Equal(ModuleState.Loaded, Assert.Single(catalog.Modules).State);
    }
}
