namespace ModularCrm.Sdk.Mail;

/// <summary>What <see cref="IMailOutbox.EnqueueAsync"/> did with a request.</summary>
/// <param name="MessageId">The stable Message-ID of the queued message (with angle brackets), or null when it was refused.</param>
/// <param name="RefusedReason">
/// Null when queued; otherwise why a marketing message may not be sent: <c>no_contact</c> (erased), <c>invalid_address</c>,
/// <c>address_disabled</c> (bounced, blacklisted), <c>withdrawn</c> (global e-mail opt-out) or <c>topic_withdrawn</c>.
/// </param>
public sealed record MailReceipt(string? MessageId, string? RefusedReason)
{
    /// <summary>Whether the message is in the outbox.</summary>
    public bool Queued => RefusedReason is null;
}
