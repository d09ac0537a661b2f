using Microsoft.Extensions.Options;

namespace ModularCrm.Host.Events;

/// <summary>Runs the <see cref="EventDispatcher"/> in the background for as long as the host lives.</summary>
internal sealed class EventDispatcherService(EventDispatcher dispatcher, IOptions<EventDispatchOptions> options, ILogger<EventDispatcherService> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>Cuts the idle wait short: called when a transaction that published events commits.</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit woke it first: one wake-up is enough.
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Event dispatch is off in this process (Events:Enabled=false)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await dispatcher.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop dispatching for good: log and try again at the next tick.
                logger.LogError(ex, "Event dispatch pass failed");
            }

            if (handled == 0)
            {
                try
                {
                    await wake.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
