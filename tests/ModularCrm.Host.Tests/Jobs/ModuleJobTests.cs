using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Jobs;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Jobs;

/// <summary>
/// Module jobs through the real host and the job-probe fixture module: which shops they run for, what their scope
/// gives them, and how one shop's failure stays its own.
/// </summary>
public sealed class ModuleJobTests
{
    // The fixture's job throws for shops whose slug starts with this (the tests know the module only as a plugin).
    private const string FailingSlugPrefix = "boom";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Job_WithJobsEnabled_RunsRepeatedlyOnlyForShopsWhereItsModuleIsEnabled()
    {
        using var plugins = TestPlugins.BundledWith("JobProbe");
        using var app = new CrmApp { PluginsPath = plugins.Path, Settings = { ["Jobs:Enabled"] = "true" } };
        var alpha = await app.CreateShopAsync("alpha", "job-probe");
        await app.CreateShopAsync("beta");

        var runs = await WaitForRunsAsync(app, rows => rows.Count(r => r.ShopId == alpha) >= 2);

        Assert.All(runs, r => Assert.Equal(alpha, r.ShopId));
    }

    [Fact]
    public async Task Job_RunForOneShop_SeesThatShopsContextDatabaseAndTemplates()
    {
        using var plugins = TestPlugins.BundledWith("JobProbe");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        var alpha = await app.CreateShopAsync("alpha", "job-probe");

        await RunPassAsync(app);

        var run = Assert.Single(await RunsAsync(app));
        Assert.Equal(alpha, run.ShopId);
        Assert.Equal("alpha", run.ShopSlug);
        Assert.Equal("Passage pour Boutique alpha", run.Rendered);
    }

    [Fact]
    public async Task Job_FailingForOneShop_StillRunsForTheOtherShopsOfThePass()
    {
        using var plugins = TestPlugins.BundledWith("JobProbe");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        await app.CreateShopAsync(FailingSlugPrefix + "-one", "job-probe");
        var gamma = await app.CreateShopAsync("gamma", "job-probe");

        await RunPassAsync(app);

        Assert.Equal(gamma, Assert.Single(await RunsAsync(app)).ShopId);
        Assert.True(app.Services.GetRequiredService<ModuleRuntime>().IsRunning("job-probe"));
    }

    [Fact]
    public async Task Job_RunForOneShopDirectly_LetsItsExceptionThrough()
    {
        using var plugins = TestPlugins.BundledWith("JobProbe");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        await app.CreateShopAsync(FailingSlugPrefix, "job-probe");
        var shop = (await app.Services.GetRequiredService<ShopStore>().FindAsync(FailingSlugPrefix, CancellationToken.None))!;
        var (runner, job) = Tick(app);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunForShopAsync("job-probe", job, shop, CancellationToken.None));
        Assert.Contains("on purpose", thrown.Message, StringComparison.Ordinal);
    }

    private static (ModuleJobRunner Runner, Sdk.Modules.ModuleJob Job) Tick(CrmApp app)
    {
        var runner = app.Services.GetRequiredService<ModuleJobRunner>();
        var module = app.Services.GetRequiredService<ModuleRuntime>().Catalog.Find("job-probe")!;
        return (runner, Assert.Single(runner.JobsOf(module), j => j.Name == "tick"));
    }

    private static Task RunPassAsync(CrmApp app)
    {
        var (runner, job) = Tick(app);
        return runner.RunPassAsync("job-probe", job, CancellationToken.None);
    }

    private static async Task<List<Run>> WaitForRunsAsync(CrmApp app, Func<List<Run>, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var runs = await RunsAsync(app);
            if (done(runs) || DateTime.UtcNow > deadline)
            {
                Assert.True(done(runs), $"after {Patience.TotalSeconds} s: {runs.Count} runs");
                return runs;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<List<Run>> RunsAsync(CrmApp app)
    {
        await using var connection = await app.Services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<Run>("SELECT shop_id AS ShopId, shop_slug AS ShopSlug, rendered AS Rendered FROM jobprobe_runs ORDER BY id")).AsList();
    }

    private sealed class Run
    {
        public long ShopId { get; init; }

        public string ShopSlug { get; init; } = string.Empty;

        public string Rendered { get; init; } = string.Empty;
    }
}
