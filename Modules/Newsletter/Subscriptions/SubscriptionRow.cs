namespace ModularCrm.Modules.Newsletter.Subscriptions;

/// <summary>A row of <c>newsletter_subscriptions</c>.</summary>
internal sealed class SubscriptionRow
{
    public const string Columns =
        "id AS Id, list_id AS ListId, email AS Email, first_name AS FirstName, last_name AS LastName, status AS Status, contact_id AS ContactId, " +
        "confirm_nonce AS ConfirmNonce, requested_at AS RequestedAt, expires_at AS ExpiresAt, confirmation_sent_at AS ConfirmationSentAt, " +
        "confirmations_sent AS ConfirmationsSent, confirmed_at AS ConfirmedAt, unsubscribed_at AS UnsubscribedAt";

    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Unsubscribed = "unsubscribed";

    /// <summary>Where every subscription's consent comes from, as recorded in the contacts module's consent log.</summary>
    public const string ConsentSource = "newsletter:double-opt-in";

    public long Id { get; init; }

    public long ListId { get; init; }

    public string Email { get; init; } = string.Empty;

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string Status { get; init; } = Pending;

    public long? ContactId { get; init; }

    public string ConfirmNonce { get; init; } = string.Empty;

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? ConfirmationSentAt { get; init; }

    public int ConfirmationsSent { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    public DateTimeOffset? UnsubscribedAt { get; init; }
}
