using System.Globalization;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// The language and formats of one page: French (fr-FR) by default, English (en-GB) when the signed-in user chose
/// English (<see cref="IShopPages.Language"/>, which the host reads from the user's culture). Money is always euros.
/// </summary>
internal sealed class SalesView
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    private readonly NumberFormatInfo euros;

    public SalesView(IShopPages pages)
    {
        Pages = pages;
        English = pages.Language == "en";
        Culture = English ? EnglishCulture : French;
        euros = (NumberFormatInfo)Culture.NumberFormat.Clone();
        euros.CurrencySymbol = "€";
    }

    public IShopPages Pages { get; }

    public bool English { get; }

    public CultureInfo Culture { get; }

    /// <summary>The pages' root, e.g. <c>/shops/demo/sales</c>.</summary>
    public string Base => Pages.BasePath;

    /// <summary>The API twin of <see cref="Base"/>, for the print views and PDFs.</summary>
    public string Api => "/api" + Pages.BasePath;

    public string T(string french, string english) => English ? english : french;

    // A no-break space keeps "12,50 €" on one line, as the host's own formats do.
    public string Money(decimal value) => value.ToString("C", euros).Replace(" €", "\u00A0€", StringComparison.Ordinal);

    public string Number(decimal value) => value.ToString("0.###", Culture);

    public string Date(DateOnly? value) => value?.ToString("d", Culture) ?? "—";

    /// <summary>A date for an <c>input type="date"</c>, which always speaks ISO.</summary>
    public static string IsoDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
