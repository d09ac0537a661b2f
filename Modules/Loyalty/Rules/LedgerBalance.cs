namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>A card's standing in one program on a given day.</summary>
/// <param name="Available">Units that can still be converted (negative when more was taken back than is left).</param>
/// <param name="Expired">Units that expired unused.</param>
/// <param name="NextExpiry">The earliest day on which some of <paramref name="Available"/> expires, if any.</param>
/// <param name="ExpiringUnits">How many units expire that day.</param>
internal sealed record LedgerBalance(decimal Available, decimal Expired, DateOnly? NextExpiry, decimal ExpiringUnits);
