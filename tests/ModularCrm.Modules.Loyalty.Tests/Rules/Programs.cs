using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Tests.Rules;

/// <summary>Programs to test with.</summary>
internal static class Programs
{
    public static LoyaltyProgram Points(decimal perEuro = 1, decimal threshold = 100, int? expiryDays = null) =>
        new(1, "Points", ProgramKinds.Points, EarnTriggers.Validated, null, null, expiryDays, perEuro, threshold, RewardKinds.Amount, 10, null, null, true, true);

    public static LoyaltyProgram Stamps(int every = 10) =>
        new(2, "Tampons", ProgramKinds.Stamps, EarnTriggers.Validated, null, null, null, null, every, RewardKinds.Gift, 0, "Café", null, true, true);

    public static LoyaltyProgram Amount(decimal threshold = 500, int? expiryDays = 365) =>
        new(3, "Montant", ProgramKinds.Amount, EarnTriggers.Validated, null, null, expiryDays, null, threshold, RewardKinds.Percent, 10, null, null, true, true);
}
