namespace ModularCrm.Modules.Sales.Api;

/// <summary>A quantity to deliver of one order line (1-based <see cref="OrderLineNo"/>).</summary>
internal sealed record DeliveryLineInput(int OrderLineNo, decimal Quantity);
