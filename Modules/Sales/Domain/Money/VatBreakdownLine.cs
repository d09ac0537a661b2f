namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>One row of a VAT summary: for one rate, the base excluding VAT and the VAT on it, both in cents.</summary>
/// <param name="Rate">The VAT rate.</param>
/// <param name="BaseExclVat">Sum of the amounts excl. VAT at this rate.</param>
/// <param name="Vat">VAT at this rate.</param>
public sealed record VatBreakdownLine(VatRate Rate, decimal BaseExclVat, decimal Vat)
{
    /// <summary>Base plus VAT.</summary>
    public decimal TotalInclVat => BaseExclVat + Vat;
}
