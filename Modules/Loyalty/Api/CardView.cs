namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A card with its balances and rewards; <c>BarcodeUrl</c> is relative to the card's own URL.</summary>
internal sealed record CardView(
    string Number,
    long ContactId,
    string? HolderName,
    string? Email,
    string IssuedHow,
    DateTimeOffset IssuedAt,
    string BarcodeUrl,
    IReadOnlyList<ProgramBalance> Programs,
    IReadOnlyList<RewardView> Rewards);
