using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Host.Modules;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Host.Tests.Core;

/// <summary>A module found with a new version on restart: its hook hears from/to, once; the first install is silent.</summary>
public sealed class ModuleUpgradeTests
{
    [Fact]
    public async Task Restart_WithNewModuleVersion_CallsTheUpgradeHookWithFromAndTo_AndRecordsTheVersion()
    {
        using var plugins = TestPlugins.BundledWith("EventProbe");
        using var first = new CrmApp { PluginsPath = plugins.Path };
        _ = first.Services;
        Assert.Null(LastUpgrade(first));

        var manifest = Path.Combine(plugins.Path, "EventProbe", "module.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal));
        using var second = new CrmApp(sameDatabaseAs: first) { PluginsPath = plugins.Path };
        _ = second.Services;

        var upgrade = LastUpgrade(second);
        Assert.NotNull(upgrade);
        Assert.Equal("1.0.0", upgrade.FromVersion);
        Assert.Equal("1.1.0", upgrade.ToVersion);
        await using var connection = await second.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal("1.1.0", await connection.ExecuteScalarAsync<string>("SELECT installed_version FROM core_modules WHERE module_id = 'event-probe'"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM core_migrations WHERE module_id = 'event-probe'"));

        using var third = new CrmApp(sameDatabaseAs: first) { PluginsPath = plugins.Path };
        _ = third.Services;
        Assert.Null(LastUpgrade(third));
    }

    private static ModuleUpgrade? LastUpgrade(CrmApp app)
    {
        var assembly = app.Services.GetRequiredService<ModuleCatalog>().Find("event-probe")!.Assembly!;
        return (ModuleUpgrade?)assembly.GetType("ModularCrm.Fixtures.EventProbe.EventProbeStartup")!.GetProperty("LastUpgrade")!.GetValue(null);
    }
}
