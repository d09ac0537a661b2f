namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>
/// The line a quote or invoice carries for a redeemed reward, in the shape of the sales module's line input
/// (description, quantity, unit price HT, VAT rate): a negative price for a voucher, zero for a gift.
/// </summary>
/// <param name="Description">Shown on the document, with the voucher's code.</param>
/// <param name="Quantity">Always 1.</param>
/// <param name="UnitPriceExclVat">Negative discount HT (4 decimals, so that HT + VAT gives back the TTC discount).</param>
/// <param name="VatRate">The VAT rate the discount is taken on.</param>
/// <param name="DiscountInclVat">The discount TTC (positive).</param>
internal sealed record DiscountLine(string Description, decimal Quantity, decimal UnitPriceExclVat, decimal VatRate, decimal DiscountInclVat);
