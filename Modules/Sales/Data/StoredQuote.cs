using ModularCrm.Modules.Sales.Domain.Quotes;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>A quote with the customer snapshot stored beside it.</summary>
internal sealed record StoredQuote(Quote Quote, string CustomerName, string? CustomerAddress);
