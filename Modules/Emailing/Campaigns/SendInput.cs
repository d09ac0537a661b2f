namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>Send now (<c>At</c> null or past) or schedule.</summary>
public sealed record SendInput(DateTimeOffset? At);
