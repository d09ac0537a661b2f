namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>A row of <c>sms_campaigns</c>.</summary>
internal sealed class CampaignRow
{
    public const string Columns =
        "id AS Id, name AS Name, text_template AS TextTemplate, segment_id AS SegmentId, status AS Status, due_at AS DueAt, " +
        "recipients AS Recipients, exclusions_json AS ExclusionsJson, created_at AS CreatedAt, enqueued_at AS EnqueuedAt";

    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string TextTemplate { get; init; } = string.Empty;

    public long SegmentId { get; init; }

    public string Status { get; init; } = string.Empty;

    public DateTimeOffset? DueAt { get; init; }

    public int? Recipients { get; init; }

    public string? ExclusionsJson { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EnqueuedAt { get; init; }
}
