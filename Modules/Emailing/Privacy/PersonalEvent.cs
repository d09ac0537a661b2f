namespace ModularCrm.Modules.Emailing.Privacy;

/// <summary>An open, click, bounce or unsubscribe recorded for one of the person's messages.</summary>
internal sealed class PersonalEvent
{
    public long OutboxId { get; init; }

    public string Kind { get; init; } = string.Empty;

    public string? Url { get; init; }

    public string? Detail { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}
