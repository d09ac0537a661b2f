namespace ModularCrm.Modules.Sales.Events;

/// <summary><c>sales.delivery.validated</c>: a delivery note (e.g. BL2026-0001) was issued on an order.</summary>
/// <param name="DeliveryNoteId">The delivery note.</param>
/// <param name="Number">Its number.</param>
/// <param name="OrderId">The order delivered.</param>
/// <param name="OrderNumber">The order's number.</param>
/// <param name="ContactId">The customer.</param>
/// <param name="Date">Delivery date.</param>
/// <param name="OrderStatus">The order's status after this delivery (PartiallyDelivered, Delivered or Invoiced).</param>
/// <param name="Lines">Quantities delivered per order line.</param>
public sealed record DeliveryValidated(
    Guid DeliveryNoteId, string Number, Guid OrderId, string OrderNumber, long ContactId, DateOnly Date, string OrderStatus, IReadOnlyList<DeliveryEventLine> Lines)
{
    /// <summary>The event name.</summary>
    public const string Name = "sales.delivery.validated";
}
