using System.Text.Json.Nodes;
using ModularCrm.Host.Modules;

namespace ModularCrm.Host.Tests.Modules.Loading;

public sealed class DependencyTests
{
    [Fact]
    public void Load_ModuleWithMissingDependency_IsRefusedNamingIt()
    {
        using var sandbox = new PluginsSandbox().With("MissingDependency").With("CsvOld");

        var catalog = sandbox.Load();

        var module = catalog.Find("missing-dependency")!;
        Assert.Equal(ModuleState.Incompatible, module.State);
        Assert.Equal("depends on 'not-installed' [1.0.0, ), which is not installed", module.Reason);
        Assert.Equal(ModuleState.Loaded, catalog.Find("csv-old")!.State);
    }

    [Fact]
    public void Load_TwoModulesDependingOnEachOther_AreRefusedNamingTheCycle()
    {
        using var sandbox = new PluginsSandbox().With("CycleA").With("CycleB");

        var catalog = sandbox.Load();

        Assert.Equal(ModuleState.Incompatible, catalog.Find("cycle-a")!.State);
        Assert.Equal("dependency cycle: cycle-a → cycle-b → cycle-a", catalog.Find("cycle-a")!.Reason);
        Assert.Equal("dependency cycle: cycle-b → cycle-a → cycle-b", catalog.Find("cycle-b")!.Reason);
    }

    [Fact]
    public void Load_ModuleDependingOnAnIncompatibleOne_IsRefusedWithTheDependencysReason()
    {
        using var sandbox = new PluginsSandbox().With("SdkTwo").With("CsvOld", DependOn("sdk-two", "[1.0.0, )"));

        var module = sandbox.Load().Find("csv-old")!;

        Assert.Equal(ModuleState.Incompatible, module.State);
        Assert.StartsWith("depends on 'sdk-two', which is incompatible: module.json 'sdk' [2.0.0, 3.0.0) excludes", module.Reason);
        Assert.Null(module.Assembly);
    }

    [Fact]
    public void Load_ModuleDependingOnAModuleInACycle_IsRefusedToo()
    {
        using var sandbox = new PluginsSandbox().With("CycleA").With("CycleB").With("CsvOld", DependOn("cycle-b", "[1.0.0, )"));

        var module = sandbox.Load().Find("csv-old")!;

        Assert.Equal(ModuleState.Incompatible, module.State);
        Assert.Equal("depends on 'cycle-b', which is incompatible: dependency cycle: cycle-b → cycle-a → cycle-b", module.Reason);
    }

    [Fact]
    public void Load_DependencyOutsideTheRange_IsRefusedWithRangeAndInstalledVersion()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld").With("CsvNew", DependOn("csv-old", "[2.0.0, 3.0.0)"));

        var module = sandbox.Load().Find("csv-new")!;

        Assert.Equal(ModuleState.Incompatible, module.State);
        Assert.Equal("depends on 'csv-old' [2.0.0, 3.0.0), but version 1.0.0 is installed", module.Reason);
    }

    [Fact]
    public void Load_SatisfiedDependency_OrdersTheDependencyFirst()
    {
        // csv-new sorts before csv-old by id: only the dependency can put csv-old first.
        using var sandbox = new PluginsSandbox().With("CsvOld").With("CsvNew", DependOn("csv-old", "[1.0.0, )")).With("SdkTwo");

        var catalog = sandbox.Load();

        Assert.Equal(["csv-old", "csv-new", "sdk-two"], catalog.Modules.Select(m => m.Id));
        Assert.Equal(["csv-old", "csv-new"], catalog.Loaded.Select(m => m.Id));
    }

    private static Action<JsonObject> DependOn(string id, string range) =>
        manifest => manifest["dependsOn"] = new JsonObject { [id] = range };
}
