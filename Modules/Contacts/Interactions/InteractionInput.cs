namespace ModularCrm.Modules.Contacts.Interactions;

/// <summary>An interaction written by staff: kind (call, meeting, email_sent, sms_sent, note), when, subject, text.</summary>
public sealed record InteractionInput(string? Kind, DateTimeOffset? OccurredAt, string? Subject, string? Body);
