namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>A row of <c>newsletter_issues</c>.</summary>
internal sealed class IssueRow
{
    public const string Columns =
        "id AS Id, list_id AS ListId, subject AS Subject, format AS Format, body AS Body, status AS Status, source AS Source, " +
        "scheduled_at AS ScheduledAt, base_url AS BaseUrl, sent_at AS SentAt, recipients AS Recipients, refusals_json AS RefusalsJson, created_at AS CreatedAt, updated_at AS UpdatedAt";

    public long Id { get; init; }

    public long ListId { get; init; }

    public string Subject { get; init; } = string.Empty;

    /// <summary><c>markdown</c> or <c>html</c>.</summary>
    public string Format { get; init; } = IssueFormats.Markdown;

    public string Body { get; init; } = string.Empty;

    /// <summary><c>draft</c>, <c>scheduled</c>, <c>sending</c> (being queued, one transaction), <c>sent</c>.</summary>
    public string Status { get; init; } = "draft";

    /// <summary>What drafted it automatically (<c>blog:post:12</c>), or null when staff wrote it.</summary>
    public string? Source { get; init; }

    public DateTimeOffset? ScheduledAt { get; init; }

    public string? BaseUrl { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public int? Recipients { get; init; }

    public string? RefusalsJson { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
