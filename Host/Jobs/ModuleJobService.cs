using Microsoft.Extensions.Options;
using ModularCrm.Host.Core;

namespace ModularCrm.Host.Jobs;

/// <summary>Runs every loaded module's jobs in the background: one loop per job, a pass over the shops, a pause.</summary>
internal sealed class ModuleJobService(ModuleRuntime runtime, ModuleJobRunner runner, IOptions<ModuleJobOptions> options, ILogger<ModuleJobService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Module jobs are off in this process (Jobs:Enabled=false)");
            return Task.CompletedTask;
        }

        var loops = runtime.Catalog.Modules
            .SelectMany(module => runner.JobsOf(module).Select(job => LoopAsync(module.Id, job, stoppingToken)))
            .ToList();
        return Task.WhenAll(loops);
    }

    private async Task LoopAsync(string moduleId, Sdk.Modules.ModuleJob job, CancellationToken stoppingToken)
    {
        // Off the startup path: the host must finish starting even if a job's first pass is slow.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested && runtime.IsRunning(moduleId))
        {
            try
            {
                await runner.RunPassAsync(moduleId, job, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Listing the shops failed (database hiccup): try again after the pause.
                logger.LogError(ex, "Job {Job} of module {Module}: pass failed", job.Name, moduleId);
            }

            try
            {
                await Task.Delay(job.Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
