namespace ModularCrm.Host.Events;

/// <summary>Tuning of the event dispatcher (configuration section <c>Events</c>).</summary>
internal sealed class EventDispatchOptions
{
    /// <summary>
    /// Whether this process dispatches events. Turn it off on hosts that should only serve requests: events stay
    /// in the outbox for the processes that dispatch.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the outbox is polled when idle.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Attempts before a delivery is parked.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the first retry; doubles at each attempt.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claimed delivery stays with the process that claimed it before others may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many events or deliveries one pass handles.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The delay before attempt <paramref name="attemptsSoFar"/> + 1.</summary>
    public TimeSpan RetryDelay(int attemptsSoFar)
    {
        var factor = Math.Pow(2, Math.Clamp(attemptsSoFar - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
