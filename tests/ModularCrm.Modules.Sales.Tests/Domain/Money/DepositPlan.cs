namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

/// <summary>An order and successive deposit percentages; when <see cref="Exhaust"/>, one last deposit takes all that remains.</summary>
public sealed record DepositPlan(LineSet Order, IReadOnlyList<decimal> Percentages, bool Exhaust)
{
    public override string ToString() => $"{Order} | deposits {string.Join(",", Percentages)} exhaust={Exhaust}";
}
