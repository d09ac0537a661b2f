namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>What tracking and unsubscribing need of an outbox row.</summary>
internal sealed class OutboxRef
{
    public long Id { get; init; }

    public long? CampaignId { get; init; }

    public long? ContactId { get; init; }

    public string ToAddress { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string? Topic { get; init; }

    public string? TopicLabel { get; init; }
}
