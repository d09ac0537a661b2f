namespace GiftCards.Events;

/// <summary>The part of the sales module's <c>sales.order-paid</c> event this module reads.</summary>
/// <param name="OrderId">The paid order.</param>
/// <param name="GiftCardAmount">The amount of gift cards the order bought (0 when none).</param>
public sealed record OrderPaid(long OrderId, decimal GiftCardAmount);
