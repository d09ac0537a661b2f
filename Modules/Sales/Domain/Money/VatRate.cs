using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>
/// A French VAT rate. Only the rates of the CGI exist (20, 10, 5.5, 2.1 and 0 %), so a rate typed by hand
/// (19.6, the pre-2014 rate, or 7) is refused instead of producing an invoice the tax office would reject.
/// </summary>
public sealed record VatRate
{
    private VatRate(decimal percent) => Percent = percent;

    /// <summary>Taux normal, 20 %.</summary>
    public static VatRate Standard { get; } = new(20m);

    /// <summary>Taux intermédiaire, 10 %.</summary>
    public static VatRate Intermediate { get; } = new(10m);

    /// <summary>Taux réduit, 5,5 %.</summary>
    public static VatRate Reduced { get; } = new(5.5m);

    /// <summary>Taux particulier, 2,1 %.</summary>
    public static VatRate SuperReduced { get; } = new(2.1m);

    /// <summary>0 % (exonération, franchise en base, export).</summary>
    public static VatRate Zero { get; } = new(0m);

    /// <summary>Every allowed rate, highest first (the order used in VAT summaries).</summary>
    public static IReadOnlyList<VatRate> All { get; } = [Standard, Intermediate, Reduced, SuperReduced, Zero];

    /// <summary>The rate in percent (20 for 20 %).</summary>
    public decimal Percent { get; }

    /// <summary>The rate as a fraction (0.2 for 20 %).</summary>
    public decimal Fraction => Percent / 100m;

    /// <summary>Returns the French rate equal to <paramref name="percent"/> (5.5 and 5.50 are the same), or throws <c>vat.rate_invalid</c>.</summary>
    public static VatRate FromPercent(decimal percent, string field = "vatRate")
    {
        foreach (var rate in All)
        {
            if (rate.Percent == percent)
            {
                return rate;
            }
        }

        throw SalesDomainException.Of(
            SalesErrorCodes.VatRateInvalid,
            field,
            $"Taux de TVA {Fr.Pct(percent)} refusé : les taux français sont 20 %, 10 %, 5,5 %, 2,1 % et 0 %.");
    }

    /// <inheritdoc />
    public override string ToString() => Fr.Pct(Percent);
}
