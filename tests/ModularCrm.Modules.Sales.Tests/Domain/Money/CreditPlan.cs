namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

/// <summary>An invoice and successive partial credit notes, each a percentage of what remains creditable at the first rate that has some left.</summary>
public sealed record CreditPlan(LineSet Invoice, IReadOnlyList<int> Percentages)
{
    public override string ToString() => $"{Invoice} | credits {string.Join(",", Percentages)}";
}
