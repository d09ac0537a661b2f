namespace ModularCrm.Modules.Sales.Domain.Deliveries;

/// <summary>A delivered quantity of one order line, with the label and product copied from the order.</summary>
/// <param name="OrderLineNo">1-based order line number.</param>
/// <param name="ProductId">The product, or null for free text.</param>
/// <param name="Description">The label.</param>
/// <param name="Quantity">Quantity delivered.</param>
public sealed record DeliveryNoteLine(int OrderLineNo, long? ProductId, string Description, decimal Quantity);
