namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>A row of <c>sms_outbox</c>: what a sender claims, a delivery report finds, and <c>GET /messages/{id}</c> shows.</summary>
internal sealed class OutboxRow
{
    public const string Columns =
        "id AS Id, ref AS Ref, kind AS Kind, promotional AS Promotional, campaign_id AS CampaignId, contact_id AS ContactId, to_number AS ToNumber, " +
        "sender AS Sender, body AS Body, encoding AS Encoding, segments AS Segments, status AS Status, attempts AS Attempts, next_attempt_at AS NextAttemptAt, " +
        "last_error AS LastError, provider_id AS ProviderId, sent_at AS SentAt, reported_at AS ReportedAt";

    public long Id { get; init; }

    public string Ref { get; init; } = string.Empty;

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
