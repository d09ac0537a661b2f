namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>Rounding and precision rules for euro amounts.</summary>
public static class MoneyRounding
{
    /// <summary>
    /// Rounds to the cent, half away from zero (0.125 → 0.13, −0.125 → −0.13). French accounting practice
    /// and the tax office's own examples round a half cent up ("arrondi commercial"); .NET's default
    /// banker's rounding (half to even) would give 0.12 and make our totals differ from the customer's
    /// calculator and the accountant's software by a cent.
    /// </summary>
    public static decimal ToCents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>True when <paramref name="value"/> has no more than <paramref name="places"/> decimal places (trailing zeros ignored).</summary>
    public static bool HasAtMostDecimals(decimal value, int places) => Math.Round(value, places) == value;
}
