namespace ModularCrm.Sdk.Sms;

/// <summary>What <see cref="ISmsOutbox.EnqueueAsync"/> did with a request.</summary>
/// <param name="Reference">The queued text's reference (also given to the operator and echoed in its reports), or null when refused.</param>
/// <param name="DueAt">When it goes out at the earliest (the next sending window for marketing), or null when refused.</param>
/// <param name="RefusedReason">
/// Null when queued; otherwise why it may not be sent: <c>no_contact</c> (unknown or erased), <c>no_number</c>,
/// <c>invalid_number</c> (not E.164), <c>number_disabled</c>, and for marketing <c>withdrawn</c> (STOP or opt-out) or
/// <c>no_consent</c> (no SMS consent recorded: the soft opt-in does not apply to texts).
/// </param>
public sealed record SmsReceipt(string? Reference, DateTimeOffset? DueAt, string? RefusedReason)
{
    /// <summary>Whether the text is in the outbox.</summary>
    public bool Queued => RefusedReason is null;
}
