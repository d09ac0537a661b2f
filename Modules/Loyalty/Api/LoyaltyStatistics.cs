namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>The module's figures over a period (see <c>README.md</c> for the definition of each).</summary>
internal sealed record LoyaltyStatistics(
    DateOnly From,
    DateOnly To,
    int Cards,
    int CardsIssued,
    int ActiveCards,
    IReadOnlyList<ProgramFigures> Programs,
    int RewardsIssued,
    int RewardsUsed,
    int RewardsExpiredUnused,
    decimal RevenueCardHolders,
    decimal RevenueOthers,
    int Customers,
    int RepeatCustomers,
    decimal RepeatRate);
