using System.Globalization;

namespace ModularCrm.Modules.Sales.Domain.Common;

/// <summary>French formatting for messages, so amounts read as staff expect them (1 234,50 €).</summary>
internal static class Fr
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    public static string Eur(decimal amount) => amount.ToString("#,##0.00", Culture) + " €";

    public static string Num(decimal value) => value.ToString("0.###", Culture);

    public static string Pct(decimal value) => value.ToString("0.##", Culture) + " %";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);
}
