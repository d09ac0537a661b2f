namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

/// <summary>An invoice and successive partial credit notes, each a percentage of the first line's remaining amount.</summary>
public sealed record CreditPlan(LineSet Invoice, IReadOnlyList<int> Percentages)
{
    public override string ToString() => $"{Invoice} | credits {string.Join(",", Percentages)}";
}
