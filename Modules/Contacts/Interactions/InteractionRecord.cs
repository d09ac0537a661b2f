namespace ModularCrm.Modules.Contacts.Interactions;

/// <summary>A row of <c>contacts_interactions</c>.</summary>
public sealed record InteractionRecord
{
    public long Id { get; init; }

    public long ContactId { get; init; }

    public string Kind { get; init; } = string.Empty;

    public DateTimeOffset OccurredAt { get; init; }

    public string? Subject { get; init; }

    public string? Body { get; init; }

    /// <summary>"staff" or the id of the module that requested it.</summary>
    public string SourceModule { get; init; } = string.Empty;

    public string? ExternalRef { get; init; }
}
