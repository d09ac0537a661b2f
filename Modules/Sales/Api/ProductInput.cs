namespace ModularCrm.Modules.Sales.Api;

/// <summary>A catalog entry: <see cref="Kind"/> is <c>product</c> or <c>service</c>; VAT rate in percent.</summary>
internal sealed record ProductInput(string? Kind, string? Reference, string? Name, decimal UnitPriceExclVat, decimal VatRate, bool? Active);
