namespace ModularCrm.Modules.Sales.Rendering;

/// <summary>A printed VAT row: rate in percent, base and VAT.</summary>
internal sealed record VatModel(decimal Rate, decimal Base, decimal Vat);
