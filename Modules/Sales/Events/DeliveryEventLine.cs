namespace ModularCrm.Modules.Sales.Events;

/// <summary>A delivered quantity in <see cref="DeliveryValidated"/>.</summary>
/// <param name="OrderLineNo">1-based order line.</param>
/// <param name="ProductId">Catalog product, if any.</param>
/// <param name="Description">Label.</param>
/// <param name="Quantity">Quantity delivered.</param>
public sealed record DeliveryEventLine(int OrderLineNo, long? ProductId, string Description, decimal Quantity);
