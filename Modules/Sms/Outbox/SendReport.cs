namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>What one delivery run did.</summary>
internal sealed record SendReport(int Claimed, int Sent, int Retried, int Failed, int Deferred, int Cancelled)
{
    public static readonly SendReport Empty = new(0, 0, 0, 0, 0, 0);

    public SendReport Add(SendReport other) =>
        new(Claimed + other.Claimed, Sent + other.Sent, Retried + other.Retried, Failed + other.Failed, Deferred + other.Deferred, Cancelled + other.Cancelled);
}
