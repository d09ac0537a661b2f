namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>An outbox row claimed by a sender.</summary>
internal sealed class OutboxRow
{
    public const string Columns =
        "id AS Id, message_id AS MessageId, to_address AS ToAddress, to_name AS ToName, from_address AS FromAddress, from_name AS FromName, " +
        "subject AS Subject, html_body AS HtmlBody, text_body AS TextBody, headers_json AS HeadersJson, attachments_json AS AttachmentsJson, attempts AS Attempts, " +
        "ref AS Ref, kind AS Kind, campaign_id AS CampaignId, contact_id AS ContactId";

    public long Id { get; init; }

    public string MessageId { get; init; } = string.Empty;

    public string ToAddress { get; init; } = string.Empty;

    public string? ToName { get; init; }

    public string FromAddress { get; init; } = string.Empty;

    public string? FromName { get; init; }

    public string Subject { get; init; } = string.Empty;

    public string? HtmlBody { get; init; }

    public string? TextBody { get; init; }

    public string? HeadersJson { get; init; }

    public string? AttachmentsJson { get; init; }

    public int Attempts { get; init; }

    public string Ref { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public long? CampaignId { get; init; }

    public long? ContactId { get; init; }
}
