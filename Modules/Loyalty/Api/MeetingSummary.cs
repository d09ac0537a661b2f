namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A line of the meetings list.</summary>
internal sealed record MeetingSummary(long Id, long HostContactId, string? HostName, string Title, DateOnly HeldOn, DateTimeOffset? ClosedAt, decimal TotalSales);
