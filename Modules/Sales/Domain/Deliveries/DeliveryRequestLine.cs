namespace ModularCrm.Modules.Sales.Domain.Deliveries;

/// <summary>A quantity to deliver for one order line (input of <see cref="Orders.SalesOrder.Deliver"/>).</summary>
/// <param name="OrderLineNo">1-based order line number.</param>
/// <param name="Quantity">Quantity to deliver, more than 0, at most 3 decimals, at most what remains.</param>
public sealed record DeliveryRequestLine(int OrderLineNo, decimal Quantity);
