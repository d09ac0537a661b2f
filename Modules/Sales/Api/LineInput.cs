namespace ModularCrm.Modules.Sales.Api;

/// <summary>One document line in a request; <see cref="ProductId"/> null for a free-text line.</summary>
internal sealed record LineInput(long? ProductId, string? Description, decimal Quantity, decimal UnitPriceExclVat, decimal VatRate, decimal DiscountPercent = 0m);
