namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>What one batch did: messages claimed, sent, put back for a retry, parked as failed.</summary>
internal sealed record SendReport(int Claimed, int Sent, int Retried, int Parked)
{
    public static readonly SendReport Empty = new(0, 0, 0, 0);

    public SendReport Add(SendReport other) =>
        new(Claimed + other.Claimed, Sent + other.Sent, Retried + other.Retried, Parked + other.Parked);
}
