namespace ModularCrm.Host.Tests.Modules.Sms;

/// <summary>A clock the test sets: sending windows and retry delays are reached without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
