namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// A document draft (quote, invoice). The customer is a contacts id; its name and address are a snapshot taken by the caller,
/// because the sales module never reads the contacts tables.
/// </summary>
internal sealed record DocumentInput(long CustomerId, string? CustomerName, string? CustomerAddress, IReadOnlyList<LineInput>? Lines);
