namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>A row of <c>emailing_campaigns</c>.</summary>
internal sealed class CampaignRow
{
    public const string Columns =
        "id AS Id, name AS Name, subject AS Subject, html_template AS HtmlTemplate, text_template AS TextTemplate, segment_id AS SegmentId, " +
        "topic AS Topic, use_soft_opt_in AS UseSoftOptIn, status AS Status, scheduled_at AS ScheduledAt, base_url AS BaseUrl, " +
        "recipients AS Recipients, exclusions_json AS ExclusionsJson, created_at AS CreatedAt, enqueued_at AS EnqueuedAt";

    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    public string HtmlTemplate { get; init; } = string.Empty;

    public string? TextTemplate { get; init; }

    public long SegmentId { get; init; }

    public string? Topic { get; init; }

    public bool UseSoftOptIn { get; init; }

    public string Status { get; init; } = string.Empty;

    public DateTimeOffset? ScheduledAt { get; init; }

    public string? BaseUrl { get; init; }

    public int? Recipients { get; init; }

    public string? ExclusionsJson { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EnqueuedAt { get; init; }
}
