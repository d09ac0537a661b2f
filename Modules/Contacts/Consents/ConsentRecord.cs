namespace ModularCrm.Modules.Contacts.Consents;

/// <summary>A consent state, current or historical (log).</summary>
public sealed record ConsentRecord
{
    public string Channel { get; init; } = string.Empty;

    public string Status { get; init; } = string.Empty;

    public DateTimeOffset GivenAt { get; init; }

    public string? Source { get; init; }

    public string? Proof { get; init; }

    /// <summary>When the log line was written (null for current states).</summary>
    public DateTimeOffset? RecordedAt { get; init; }
}
