namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>Splits an amount in cents proportionally to weights, so the parts add up exactly (largest remainder).</summary>
internal static class CentAllocator
{
    /// <summary>
    /// Parts of <paramref name="amount"/> proportional to <paramref name="weights"/> (all ≥ 0, sum &gt; 0). Each part is
    /// floor(amount × w / Σw) to the cent, then the cents left go to the largest remainders. A part never exceeds its
    /// weight when amount ≤ Σw (weights in cents), which keeps deposits within each rate's base.
    /// </summary>
    public static decimal[] Allocate(decimal amount, IReadOnlyList<decimal> weights)
    {
        var total = weights.Sum();
        var parts = new decimal[weights.Count];
        var remainders = new decimal[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = amount * weights[i] / total;
            parts[i] = Math.Floor(exact * 100m) / 100m;
            remainders[i] = exact - parts[i];
        }

        var centsLeft = (int)Math.Round((amount - parts.Sum()) * 100m);
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(centsLeft))
        {
            parts[i] += 0.01m;
        }

        return parts;
    }
}
