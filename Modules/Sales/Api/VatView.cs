namespace ModularCrm.Modules.Sales.Api;

/// <summary>One VAT rate of a document's summary.</summary>
internal sealed record VatView(decimal Rate, decimal BaseExclVat, decimal Vat);
