namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary>
/// A subscription as the API answers it: everything but the confirmation nonce, which only the signed link needs.
/// <see cref="Source"/> is the consent source recorded in the contacts module's log.
/// </summary>
internal sealed record SubscriberView(
    long Id, string Email, string? FirstName, string? LastName, string Status, long? ContactId, DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt,
    int ConfirmationsSent, DateTimeOffset? ConfirmedAt, DateTimeOffset? UnsubscribedAt, string Source);
