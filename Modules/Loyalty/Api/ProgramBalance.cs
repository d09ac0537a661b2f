namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A card's standing in one program.</summary>
internal sealed record ProgramBalance(
    long ProgramId, string Name, string Kind, decimal Balance, decimal Threshold, decimal ToNextReward, decimal Expired, DateOnly? NextExpiry, decimal ExpiringUnits);
