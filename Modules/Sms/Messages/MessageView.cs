namespace ModularCrm.Modules.Sms.Messages;

/// <summary>One outbox message as the API shows it.</summary>
internal sealed class MessageView
{
    public long Id { get; init; }

    public string Kind { get; init; } = string.Empty;

    public bool Promotional { get; init; }

    public long? CampaignId { get; init; }

    public long? ContactId { get; init; }

    public string ToNumber { get; init; } = string.Empty;

    public string Sender { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public string Encoding { get; init; } = string.Empty;

    public int Segments { get; init; }

    public string Status { get; init; } = string.Empty;

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    public string? ProviderId { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? ReportedAt { get; init; }
}
