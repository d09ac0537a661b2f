namespace ModularCrm.Modules.Loyalty.Messages;

/// <summary>A row of <c>loyalty_messages</c>.</summary>
internal sealed class MessageRow
{
    public const string Columns =
        "id AS Id, occasion_key AS OccasionKey, occasion AS Occasion, card_id AS CardId, reward_id AS RewardId, status AS Status, " +
        "email_result AS EmailResult, sms_result AS SmsResult, created_at AS CreatedAt, processed_at AS ProcessedAt";

    public long Id { get; set; }

    public string OccasionKey { get; set; } = string.Empty;

    public string Occasion { get; set; } = string.Empty;

    public long CardId { get; set; }

    public long? RewardId { get; set; }

    /// <summary><c>pending</c> until the sender takes it, then <c>done</c>.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary><c>queued</c>, or why not: <c>unavailable</c> (module not there), <c>no_address</c>, or the outbox's refusal.</summary>
    public string? EmailResult { get; set; }

    public string? SmsResult { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }
}
