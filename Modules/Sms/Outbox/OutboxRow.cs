namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>An outbox row claimed by a sender, or found by a delivery report.</summary>
internal sealed class OutboxRow
{
    public const string Columns =
        "id AS Id, ref AS Ref, promotional AS Promotional, campaign_id AS CampaignId, contact_id AS ContactId, to_number AS ToNumber, " +
        "sender AS Sender, body AS Body, encoding AS Encoding, status AS Status, attempts AS Attempts";

    public long Id { get; init; }

    public string Ref { get; init; } = string.Empty;

    public bool Promotional { get; init; }

    public long? CampaignId { get; init; }

    public long? ContactId { get; init; }

    public string ToNumber { get; init; } = string.Empty;

    public string Sender { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public string Encoding { get; init; } = string.Empty;

    public string Status { get; init; } = string.Empty;

    public int Attempts { get; init; }
}
