using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>A <c>loyalty_programs</c> row as read.</summary>
internal sealed class ProgramRow
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string EarnOn { get; set; } = string.Empty;

    public object? ValidFrom { get; set; }

    public object? ValidUntil { get; set; }

    public int? ExpiryDays { get; set; }

    public object? PointsPerEuro { get; set; }

    public object? Threshold { get; set; }

    public string RewardKind { get; set; } = string.Empty;

    public object? RewardValue { get; set; }

    public string? RewardLabel { get; set; }

    public int? VoucherValidityDays { get; set; }

    public bool AutoIssueCards { get; set; }

    public bool Active { get; set; }

    /// <summary>Null on programs created before the switch existed: off.</summary>
    public bool? SendMessages { get; set; }

    public LoyaltyProgram ToProgram() => new(
        Id, Name, Kind, EarnOn, SqlValues.ReadDateOrNull(ValidFrom), SqlValues.ReadDateOrNull(ValidUntil), ExpiryDays,
        PointsPerEuro is null or DBNull ? null : SqlValues.Money(PointsPerEuro), SqlValues.Money(Threshold), RewardKind, SqlValues.Money(RewardValue),
        RewardLabel, VoucherValidityDays, AutoIssueCards, Active)
    {
        SendMessages = SendMessages ?? false,
    };
}
