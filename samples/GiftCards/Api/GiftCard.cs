namespace GiftCards.Api;

/// <summary>A gift card as the API returns it.</summary>
public sealed record GiftCard(long Id, string Code, decimal Amount, long? OrderId);
