namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>Why a message was sent, and the states of an outbox row.</summary>
internal static class OutboxKinds
{
    public const string Campaign = "campaign";
    public const string Test = "test";
    public const string Transactional = "transactional";

    /// <summary>A marketing message another module queued through <c>IMailOutbox</c> (its own figures by stream).</summary>
    public const string Marketing = "marketing";

    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
