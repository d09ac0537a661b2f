using FsCheck;
using FsCheck.Fluent;
using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

/// <summary>
/// FsCheck generators: wide document lines (3-decimal quantities up to 1 000, 4-decimal prices up to 100 000 €, any
/// discount, every French rate). Plans keep at most 8 lines so a whole rate base fits one deposit or credit line
/// (<see cref="DocumentLine.MaxUnitPrice"/>).
/// </summary>
public static class SalesArbitraries
{
    public static Gen<DocumentLine> LineGen { get; } =
        from quantity in Gen.Choose(1, 1_000_000)
        from price in Gen.Frequency((3, Gen.Choose(0, 2_000_000)), (1, Gen.Choose(0, 1_000_000_000)))
        from discount in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 10_000)))
        from rate in Gen.Elements(VatRate.All.ToArray())
        select DocumentLine.FreeText("Ligne", quantity / 1000m, price / 10_000m, rate, discount / 100m);

    public static Arbitrary<LineSet> LineSets()
        => Arb.From(Gen.NonEmptyListOf(LineGen).Select(l => new LineSet(l.Take(40).ToList())));

    public static Arbitrary<DepositPlan> DepositPlans()
        => Arb.From(
            from lines in Gen.NonEmptyListOf(LineGen)
            from steps in Gen.ListOf(Gen.Choose(1, 60))
            from exhaust in Gen.Elements(true, false)
            select new DepositPlan(new LineSet(lines.Take(8).ToList()), steps.Take(5).Select(s => (decimal)s).ToList(), exhaust));

    public static Arbitrary<CreditPlan> CreditPlans()
        => Arb.From(
            from lines in Gen.NonEmptyListOf(LineGen)
            from parts in Gen.ListOf(Gen.Choose(1, 100))
            select new CreditPlan(new LineSet(lines.Take(8).ToList()), parts.Take(6).ToList()));
}
