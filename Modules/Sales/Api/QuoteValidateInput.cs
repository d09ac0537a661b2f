namespace ModularCrm.Modules.Sales.Api;

/// <summary>Validation of a quote: its date (today when absent) and validity (30 days later when absent).</summary>
internal sealed record QuoteValidateInput(DateOnly? Date, DateOnly? ValidUntil);
