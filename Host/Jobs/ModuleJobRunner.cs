using ModularCrm.Host.Core;
using ModularCrm.Host.Modules;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Host.Jobs;

/// <summary>
/// Runs a module's job for shops where the module is enabled, each in its own scope bound to that shop and module,
/// so that the job's <c>IShopDb</c>, <c>ShopContext</c> and templates are that shop's and no other's.
/// </summary>
internal sealed class ModuleJobRunner(IServiceScopeFactory scopes, ShopStore shops, ModuleRuntime runtime, ILogger<ModuleJobRunner> logger)
{
    /// <summary>The jobs a loaded module declares, checked; a module whose jobs are malformed is marked failed.</summary>
    public IReadOnlyList<ModuleJob> JobsOf(ModuleEntry module)
    {
        if (module.State != ModuleState.Loaded)
        {
            return [];
        }

        try
        {
            var jobs = module.Startup!.Jobs;
            foreach (var job in jobs)
            {
                if (string.IsNullOrWhiteSpace(job.Name) || job.Interval < TimeSpan.FromMilliseconds(1) || job.RunAsync is null)
                {
                    throw new InvalidOperationException($"tâche « {job.Name} » : un nom, un intervalle d'au moins 1 ms et un travail sont requis");
                }
            }

            var twice = jobs.GroupBy(j => j.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw new InvalidOperationException($"tâche « {twice.Key} » déclarée deux fois");
            }

            return jobs;
        }
        catch (Exception ex)
        {
            runtime.MarkFailed(module.Id, $"tâches : {ex.Message}", ex);
            return [];
        }
    }

    /// <summary>One pass: the job once for every shop where its module is enabled. A shop's failure is logged, not thrown.</summary>
    public async Task RunPassAsync(string moduleId, ModuleJob job, CancellationToken cancellationToken)
    {
        foreach (var shop in await shops.ListWithModuleAsync(moduleId, cancellationToken))
        {
            if (!runtime.IsRunning(moduleId))
            {
                return;
            }

            try
            {
                await RunForShopAsync(moduleId, job, shop, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // One shop's bad data must not starve the others: the job runs again at the next pass.
                logger.LogError(ex, "Job {Job} of module {Module} failed for shop {Shop}", job.Name, moduleId, shop.Slug);
            }
        }
    }

    /// <summary>Runs the job once for one shop, exceptions included: what tests and an explicit "run now" need.</summary>
    public async Task RunForShopAsync(string moduleId, ModuleJob job, Shop shop, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();

        // A job acts for the shop itself, not for a person: it gets the admin's view of the shop's data.
        var logScope = scope.ServiceProvider.GetRequiredService<RequestShop>().Set(shop.ToContext(), moduleId, ShopRole.Admin);
        logScope["Job"] = job.Name;
        using (logger.BeginScope(logScope))
        {
            await job.RunAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
