using GiftCards.Api;
using ModularCrm.Sdk.Events;

namespace GiftCards.Events;

/// <summary>Issues a gift card when a paid order bought one.</summary>
internal static class OrderPaidHandler
{
    public const string EventName = "sales.order-paid";

    public static void Subscribe(IEventSubscriptions events) =>
        events.On<OrderPaid>(EventName, async (delivery, tx, ct) =>
        {
            if (delivery.Payload.GiftCardAmount > 0)
            {
                await CardStore.IssueAsync(tx, delivery.Payload.GiftCardAmount, delivery.Payload.OrderId, ct);
            }
        });
}
