namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// A direct invoice draft. The customer is a contacts id; its name and address are a snapshot taken by the caller,
/// because the sales module never reads the contacts tables.
/// </summary>
internal sealed record InvoiceInput(long CustomerId, string? CustomerName, string? CustomerAddress, IReadOnlyList<LineInput>? Lines);
