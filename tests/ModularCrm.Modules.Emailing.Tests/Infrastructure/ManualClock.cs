namespace ModularCrm.Modules.Emailing.Tests.Infrastructure;

/// <summary>A clock the test moves: leases and retry delays expire without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
