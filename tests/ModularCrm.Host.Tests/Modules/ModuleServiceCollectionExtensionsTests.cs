using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Modules;

namespace ModularCrm.Host.Tests.Modules;

public sealed class ModuleServiceCollectionExtensionsTests
{
    private static readonly IConfiguration EmptyConfiguration = new ConfigurationBuilder().Build();

    [Fact]
    public void AddModules_ConfigureServicesThrows_ModuleFailedAndNoneOfItsServicesRegistered()
    {
        using var sandbox = new PluginsSandbox().With("ThrowingServices").With("CsvOld");
        var catalog = sandbox.Load();

        var services = new ServiceCollection().AddModules(EmptyConfiguration, catalog);

        var failed = catalog.Find("throwing-services")!;
        Assert.Equal(ModuleState.Failed, failed.State);
        Assert.Equal("ConfigureServices threw InvalidOperationException: fixture throwing-services: ConfigureServices always fails", failed.Reason);
        Assert.Equal(ModuleState.Loaded, catalog.Find("csv-old")!.State);
        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetKeyedService<Func<string, string>>("throwing-services"));
        Assert.NotNull(provider.GetKeyedService<Func<string, string>>("csv-old"));
        Assert.Same(catalog, provider.GetRequiredService<ModuleCatalog>());
    }

    [Fact]
    public void AddModules_DependencyConfigureServicesThrows_DependentFailsWithItAndRegistersNothing()
    {
        using var sandbox = new PluginsSandbox()
            .With("ThrowingServices")
            .With("CsvOld", manifest => manifest["dependsOn"] = new JsonObject { ["throwing-services"] = "[1.0.0, )" });
        var catalog = sandbox.Load();

        using var provider = new ServiceCollection().AddModules(EmptyConfiguration, catalog).BuildServiceProvider();

        var dependent = catalog.Find("csv-old")!;
        Assert.Equal(ModuleState.Failed, dependent.State);
        Assert.StartsWith("depends on 'throwing-services', which failed: ConfigureServices threw", dependent.Reason);
        Assert.Null(provider.GetKeyedService<Func<string, string>>("csv-old"));
    }

    [Fact]
    public void AddModules_ModuleContext_CarriesIdVersionFolderAndItsConfigurationSection()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld");
        var module = sandbox.Load().Find("csv-old")!;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Modules:csv-old:Delimiter"] = ";" })
            .Build();

        var context = module.CreateContext(configuration);

        Assert.Equal(("csv-old", "1.0.0", module.Directory, ";"), (context.ModuleId, context.Version, context.Directory, context.Configuration["Delimiter"]));
    }

    [Fact]
    public void MarkFailed_LoadedModule_FailsItOnceAndKeepsTheFirstReason()
    {
        using var sandbox = new PluginsSandbox().With("CsvOld");
        var catalog = sandbox.Load();

        Assert.True(catalog.MarkFailed("csv-old", "migration 0001 failed"));
        Assert.False(catalog.MarkFailed("csv-old", "a later reason"));

        Assert.Equal((ModuleState.Failed, "migration 0001 failed"), (catalog.Find("csv-old")!.State, catalog.Find("csv-old")!.Reason));
        Assert.Empty(catalog.Loaded);
    }
}
