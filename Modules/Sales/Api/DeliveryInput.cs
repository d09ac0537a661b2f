namespace ModularCrm.Modules.Sales.Api;

/// <summary>A delivery of an order: its date (today when absent) and the quantities per order line.</summary>
internal sealed record DeliveryInput(DateOnly? Date, IReadOnlyList<DeliveryLineInput>? Lines);
