namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>How a sender claims and retries (configuration <c>Modules:sms:Sender</c>).</summary>
internal sealed class SenderOptions
{
    /// <summary>Messages claimed at once; a crash re-sends at most this many.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim holds; after it another sender may take the messages over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Texts per minute and per shop, across every sender process, when the shop sets no rate of its own; 0 for no limit.
    /// Operators throttle (429) above their contract's rate, and a burst of a campaign must not starve service texts for long.
    /// </summary>
    public int RatePerMinute { get; set; } = 120;

    /// <summary>Attempts before a message that keeps failing transiently is parked.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry delay, doubled at each attempt (capped at one hour).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, FirstRetryDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));
}
