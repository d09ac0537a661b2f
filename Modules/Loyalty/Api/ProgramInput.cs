namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>
/// A program as written by the shop. <c>kind</c>: points, amount or stamps; <c>earnOn</c>: validated (default) or paid;
/// <c>threshold</c>: points, euros or purchases per reward; <c>rewardKind</c>: amount, percent or gift; <c>sendMessages</c>:
/// birthday and reward messages to the card holders (off by default).
/// </summary>
internal sealed record ProgramInput(
    string? Name,
    string? Kind,
    string? EarnOn,
    string? ValidFrom,
    string? ValidUntil,
    int? ExpiryDays,
    decimal? PointsPerEuro,
    decimal? Threshold,
    string? RewardKind,
    decimal? RewardValue,
    string? RewardLabel,
    int? VoucherValidityDays,
    bool? AutoIssueCards,
    bool? Active,
    bool? SendMessages = null);
