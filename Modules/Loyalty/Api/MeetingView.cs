namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A meeting with its sales and, once closed, the host's voucher.</summary>
internal sealed record MeetingView(
    long Id, long HostContactId, string Title, DateOnly HeldOn, decimal SharePercent, DateTimeOffset? ClosedAt,
    IReadOnlyList<MeetingSaleView> Sales, decimal TotalSales, RewardView? HostReward);
