namespace ModularCrm.Modules.Sales.Api;

/// <summary>Quantities of one order line: ordered, delivered, invoiced and what remains to deliver.</summary>
internal sealed record OrderProgressView(int LineNo, decimal Ordered, decimal Delivered, decimal Invoiced, decimal RemainingToDeliver);
