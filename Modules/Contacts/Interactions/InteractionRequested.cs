namespace ModularCrm.Modules.Contacts.Interactions;

/// <summary>
/// Event <c>contacts.interaction.requested</c>: another module asks to add an interaction to a contact's history
/// (e.g. the mailing module after sending an e-mail). Payload (JSON, camelCase):
/// <c>{ "contactId": 12, "kind": "email_sent", "occurredAt": "2026-11-23T10:00:00Z", "subject": "…", "body": "…", "externalRef": "campaign-4/msg-77" }</c>.
/// <c>kind</c> is one of call, meeting, email_sent, sms_sent, note; <c>externalRef</c>, when given, makes the request
/// idempotent (a second event with the same module and reference is ignored). Unknown contacts are ignored (logged
/// by the host as delivered): the contact may have been erased in between.
/// </summary>
public sealed record InteractionRequested(long ContactId, string? Kind, DateTimeOffset? OccurredAt, string? Subject, string? Body, string? ExternalRef)
{
    /// <summary>The event name.</summary>
    public const string Name = "contacts.interaction.requested";
}
