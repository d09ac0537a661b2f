using System.Globalization;

namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>Turns a reward into the discount line of the document it is used on.</summary>
internal static class RewardLines
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// The line for <paramref name="kind"/>/<paramref name="value"/>. An amount voucher never exceeds the document's total
    /// when it is given; a percentage needs it. Returns null with the reason when the document total is missing.
    /// </summary>
    public static DiscountLine? For(string code, string kind, decimal value, string label, decimal? documentTotalInclVat, decimal vatRate, out string? missing)
    {
        missing = null;
        decimal discount;
        string description;
        switch (kind)
        {
            case RewardKinds.Gift:
                return new DiscountLine($"Cadeau fidélité {code} : {label}", 1, 0, vatRate, 0);
            case RewardKinds.Percent when documentTotalInclVat is not { } total:
                missing = "documentTotalInclVat";
                return null;
            case RewardKinds.Percent:
                discount = Math.Round(documentTotalInclVat.Value * value / 100, 2, MidpointRounding.AwayFromZero);
                description = string.Format(French, "Bon fidélité {0} (-{1} %)", code, value);
                break;
            default:
                discount = documentTotalInclVat is { } cap ? Math.Min(value, cap) : value;
                description = string.Format(French, "Bon fidélité {0} (-{1:C})", code, discount);
                break;
        }

        var exclVat = Math.Round(discount / (1 + (vatRate / 100)), 4, MidpointRounding.AwayFromZero);
        return new DiscountLine(description, 1, -exclVat, vatRate, discount);
    }

    /// <summary>The voucher a host earns: <paramref name="sharePercent"/> of the meeting's sales TTC, to the cent.</summary>
    public static decimal HostVoucher(IEnumerable<decimal> sales, decimal sharePercent) =>
        Math.Round(sales.Sum() * sharePercent / 100, 2, MidpointRounding.AwayFromZero);
}
