namespace ModularCrm.Modules.Emailing.Privacy;

/// <summary>A message as the recipient's access export shows it: who it went to, what, when, and what became of it.</summary>
internal sealed class PersonalMessage
{
    public long Id { get; init; }

    public string Kind { get; init; } = string.Empty;

    public long? CampaignId { get; init; }

    public string? Stream { get; init; }

    public string ToAddress { get; init; } = string.Empty;

    public string? ToName { get; init; }

    public string Subject { get; init; } = string.Empty;

    public string? Text { get; init; }

    public string Status { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Opens, clicks, bounces and unsubscribes recorded for this message.</summary>
    public IReadOnlyList<PersonalEvent> Events { get; set; } = [];
}
