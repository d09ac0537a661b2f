namespace ModularCrm.Modules.Sms.Messages;

/// <summary>
/// A text to one contact (or, for a preview, to a sample contact when <see cref="ContactId"/> is null). Promotional by
/// default: it then needs the contact's SMS consent, the sending window and the opt-out mention; a service message
/// (order ready, appointment) sets <see cref="Promotional"/> to false and goes at once.
/// </summary>
public sealed record MessageInput(long? ContactId, string? Text, bool? Promotional);
