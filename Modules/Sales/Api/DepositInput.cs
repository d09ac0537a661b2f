namespace ModularCrm.Modules.Sales.Api;

/// <summary>A deposit asked on an order: a percentage of its total excl. VAT, or an amount excl. VAT (exactly one).</summary>
internal sealed record DepositInput(decimal? Percentage, decimal? Amount);
