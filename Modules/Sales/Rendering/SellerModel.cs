namespace ModularCrm.Modules.Sales.Rendering;

/// <summary>The shop as printed on a document; <see cref="Configured"/> false while its legal settings are missing.</summary>
internal sealed record SellerModel(bool Configured, string? LegalName, string? Address, string? Siret, string? VatNumber);
