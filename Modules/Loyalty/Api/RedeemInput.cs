namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>
/// Using a reward on a document: <c>document</c> names it (e.g. <c>invoice:…</c>, kept for the record), its total TTC
/// caps an amount voucher and is required for a percentage, <c>vatRate</c> (default 20) is the rate of the discount line.
/// </summary>
internal sealed record RedeemInput(string? Document, decimal? DocumentTotalInclVat, decimal? VatRate);
