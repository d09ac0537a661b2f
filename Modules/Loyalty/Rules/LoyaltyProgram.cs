namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>A program as the earning rules see it (see <c>Migrations/0001_loyalty.sql</c> for the meaning of each value).</summary>
internal sealed record LoyaltyProgram(
    long Id,
    string Name,
    string Kind,
    string EarnOn,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    int? ExpiryDays,
    decimal? PointsPerEuro,
    decimal Threshold,
    string RewardKind,
    decimal RewardValue,
    string? RewardLabel,
    int? VoucherValidityDays,
    bool AutoIssueCards,
    bool Active)
{
    /// <summary>Whether the program's card holders get birthday and reward messages (by e-mail and SMS, with consent).</summary>
    public bool SendMessages { get; init; }

    /// <summary>Whether a purchase dated <paramref name="date"/> counts: active, and inside the validity dates.</summary>
    public bool AppliesOn(DateOnly date) =>
        Active && (ValidFrom is not { } from || date >= from) && (ValidUntil is not { } until || date <= until);

    /// <summary>When units earned on <paramref name="date"/> expire, if the program lets them expire.</summary>
    public DateOnly? ExpiryFor(DateOnly date) => ExpiryDays is { } days ? date.AddDays(days) : null;

    /// <summary>
    /// Units a purchase of <paramref name="amount"/> (TTC, net of credits) earns: whole points (a fraction of a
    /// point is lost, as on a paper card), euros, or one stamp for any purchase above zero.
    /// </summary>
    public decimal UnitsFor(decimal amount)
    {
        if (amount <= 0)
        {
            return 0;
        }

        return Kind switch
        {
            ProgramKinds.Points => Math.Floor(amount * (PointsPerEuro ?? 0)),
            ProgramKinds.Amount => Math.Round(amount, 2),
            _ => 1,
        };
    }

    /// <summary>
    /// Units to take back when <paramref name="credit"/> is credited on an invoice that earned on <paramref name="earnedAmount"/>,
    /// of which <paramref name="creditedBefore"/> was already credited: what the purchase earns now minus what it earned
    /// before, so that partial credit notes add up to the same as one full one (a stamp goes only when nothing is left).
    /// </summary>
    public decimal ReversalUnits(decimal earnedAmount, decimal creditedBefore, decimal credit)
    {
        var before = Math.Max(earnedAmount - creditedBefore, 0);
        var after = Math.Max(before - credit, 0);
        return UnitsFor(after) - UnitsFor(before);
    }
}
