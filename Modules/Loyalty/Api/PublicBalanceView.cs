namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>What a customer sees of their own card: no contact id, no e-mail, only what is still usable of the rewards.</summary>
internal sealed record PublicBalanceView(string Number, string? HolderName, IReadOnlyList<ProgramBalance> Programs, IReadOnlyList<RewardView> AvailableRewards);
