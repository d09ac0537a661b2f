using ModularCrm.Modules.Sales.Domain.Invoices;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>An invoice with the customer snapshot stored beside it.</summary>
internal sealed record StoredInvoice(Invoice Invoice, string CustomerName, string? CustomerAddress);
