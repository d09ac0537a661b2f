using System.Reflection;
using System.Runtime.Loader;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Modules;
using ModularCrm.Sdk;

namespace ModularCrm.Host.Tests.Modules.Loading;

public sealed class ModuleLoaderTests
{
    private static readonly IConfiguration EmptyConfiguration = new ConfigurationBuilder().Build();

    [Fact]
    public void Load_TwoModulesShippingDifferentCsvHelperVersions_BothWorkSideBySide()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld").With("CsvNew");
        var catalog = sandbox.Load();

        Assert.All(catalog.Modules, module => Assert.Equal(ModuleState.Loaded, module.State));
        using var provider = new ServiceCollection().AddModules(EmptyConfiguration, catalog).BuildServiceProvider();
        var sum = provider.GetRequiredKeyedService<Func<string, string>>("csv-old");
        var rewrite = provider.GetRequiredKeyedService<Func<string, string>>("csv-new");

        Assert.Equal("CsvHelper 30.0.0.0: total 12.5", sum("Name,Amount\nbook,10\npen,2.5\n"));
        Assert.Equal("CsvHelper 34.0.0.0: a;b|1;\"x;y\"|", rewrite("a,b\n1,\"x;y\"\n"));
        Assert.Equal(new Version(30, 0, 0, 0), CsvHelperIn(catalog.Find("csv-old")!.LoadContext!).GetName().Version);
        Assert.Equal(new Version(34, 0, 0, 0), CsvHelperIn(catalog.Find("csv-new")!.LoadContext!).GetName().Version);
    }

    [Fact]
    public void Load_FixtureModule_StartupIsTheHostsModuleStartupTypeInItsOwnContext()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld");
        var module = sandbox.Load().Find("csv-old")!;

        Assert.Equal(ModuleState.Loaded, module.State);
        Assert.IsAssignableFrom<ModuleStartup>(module.Startup);
        Assert.NotSame(AssemblyLoadContext.Default, module.LoadContext);
        Assert.Same(module.LoadContext, AssemblyLoadContext.GetLoadContext(module.Assembly!));
        Assert.Same(typeof(ModuleStartup).Assembly, module.LoadContext!.LoadFromAssemblyName(new AssemblyName("ModularCrm.Sdk")));
    }

    [Fact]
    public void Load_ModuleUsingDapper_BindsToTheHostsDapper()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld");
        var catalog = sandbox.Load();
        using var provider = new ServiceCollection().AddModules(EmptyConfiguration, catalog).BuildServiceProvider();

        var dapperSeenByModule = provider.GetRequiredKeyedService<Type>("csv-old:dapper");

        Assert.Same(typeof(SqlMapper), dapperSeenByModule);
        Assert.False(File.Exists(Path.Combine(catalog.Find("csv-old")!.Directory, "Dapper.dll")), "the build must not ship Dapper with a module");
    }

    [Fact]
    public void Load_ModuleWithoutItsAssembly_IsFailedNamingTheFile()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld");
        File.Delete(Path.Combine(sandbox.Folder, "CsvOld", "ModularCrm.Fixtures.CsvOld.dll"));

        var module = sandbox.Load().Find("csv-old")!;

        Assert.Equal(ModuleState.Failed, module.State);
        Assert.Contains("'assembly' \"ModularCrm.Fixtures.CsvOld.dll\" was not found", module.Reason);
    }

    [Fact]
    public void Load_TwoFoldersWithTheSameId_SecondIsFailed()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld").With("CsvOld", folder: "CsvOldCopy");

        var catalog = sandbox.Load();

        Assert.Equal(ModuleState.Loaded, catalog.Modules.Single(m => m.Directory.EndsWith("CsvOld", StringComparison.Ordinal)).State);
        var copy = catalog.Modules.Single(m => m.Directory.EndsWith("CsvOldCopy", StringComparison.Ordinal));
        Assert.Equal(ModuleState.Failed, copy.State);
        Assert.Contains("id 'csv-old' is already used", copy.Reason);
    }

    [Fact]
    public void Load_MissingPluginsFolder_GivesAnEmptyCatalog()
    {
        var catalog = Host.Modules.Loading.ModuleLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-plugins-" + Guid.NewGuid()));

        Assert.Empty(catalog.Modules);
    }

    private static Assembly CsvHelperIn(AssemblyLoadContext context) =>
        context.Assemblies.Single(assembly => assembly.GetName().Name == "CsvHelper");
}
