namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>The card's e-mail, queued in the e-mailing module's outbox.</summary>
internal sealed record CardMailSent(string Number, string To, string? MessageId);
