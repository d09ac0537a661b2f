namespace ModularCrm.Modules.Sales.Api;

/// <summary>A payment as the API returns it.</summary>
internal sealed record PaymentView(Guid Id, DateOnly Date, decimal Amount, string Method, string? Reference);
