namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>When to send: null for now; either way each message waits for the next legal window.</summary>
public sealed record SendInput(DateTimeOffset? At);
