namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A home party: its host (contacts id), title, date, and the host's share of the sales (10 % when omitted).</summary>
internal sealed record MeetingInput(long? HostContactId, string? Title, string? HeldOn, decimal? SharePercent);
