namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// The shop's sales settings: legal identity printed on documents (legal name, address, SIRET, VAT number or VAT
/// exemption mention), default payment terms (<c>OnReceipt</c>, <c>NetDays</c>, <c>DaysEndOfMonth</c> + days),
/// annual late-payment penalty rate in percent and reminder steps in days after the due date.
/// </summary>
internal sealed record SettingsInput(
    string? LegalName, string? Address, string? Siret, string? VatNumber, string? PaymentTerms, int? PaymentDays, decimal? LatePenaltyRatePercent,
    string? VatExemptionMention, IReadOnlyList<int>? ReminderSteps);
