namespace ModularCrm.Modules.Sales.Rendering;

/// <summary>A printed line; prices are null on a delivery note.</summary>
internal sealed record LineModel(int No, string Description, decimal Quantity, decimal? UnitPrice, decimal? Discount, decimal? VatRate, decimal? Total);
