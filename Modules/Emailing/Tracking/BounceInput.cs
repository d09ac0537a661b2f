namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>A bounce (DSN) reported by the mail server or a bounce processor: the message, hard or soft, and the server's reason.</summary>
public sealed record BounceInput(string? MessageId, string? Kind, string? Reason);
