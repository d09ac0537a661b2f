namespace ModularCrm.Modules.Sales.Api;

/// <summary>A payment received on an invoice; <see cref="Method"/>: Card, Cash, Cheque or Transfer.</summary>
internal sealed record PaymentInput(DateOnly? Date, decimal Amount, string? Method, string? Reference);
