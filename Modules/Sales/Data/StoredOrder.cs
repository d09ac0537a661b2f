using ModularCrm.Modules.Sales.Domain.Orders;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>An order with the customer snapshot stored beside it.</summary>
internal sealed record StoredOrder(SalesOrder Order, string CustomerName, string? CustomerAddress);
