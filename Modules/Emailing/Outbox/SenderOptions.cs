namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>How a sender claims and retries (configuration <c>Modules:emailing:Sender</c>).</summary>
internal sealed class SenderOptions
{
    /// <summary>Messages claimed at once; a crash re-sends at most this many.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claim holds; after it another sender may take the messages over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// SMTP connections a batch is spread over. System.Net.Mail leaves Nagle's algorithm on, so each message waits for
    /// the server's delayed ACK (about 40 ms on Linux): one connection tops out near 20 messages/s, more run in parallel.
    /// </summary>
    public int Connections { get; set; } = 8;

    /// <summary>Messages per minute and per shop, across every sender process; 0 for no limit.</summary>
    public int RatePerMinute { get; set; } = 600;

    /// <summary>Attempts before a message that keeps failing transiently is parked.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry delay, doubled at each attempt (capped at one hour).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, FirstRetryDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));
}
