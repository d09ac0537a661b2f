namespace ModularCrm.Modules.Sales.Api;

/// <summary>Validation of a document: the date (today when absent) and, for an invoice, the payment terms.</summary>
internal sealed record ValidateInput(DateOnly? Date, string? PaymentTerms, int? PaymentDays);
