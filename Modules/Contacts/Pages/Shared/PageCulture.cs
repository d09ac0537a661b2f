using System.Globalization;

namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>Dates, numbers and euros in the user's language: fr-FR by default, en-GB for English.</summary>
internal sealed class PageCulture
{
    private readonly NumberFormatInfo euros;

    public PageCulture(string language)
    {
        Culture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "fr-FR");
        euros = (NumberFormatInfo)Culture.NumberFormat.Clone();
        euros.CurrencySymbol = "€";
    }

    public CultureInfo Culture { get; }

    // A no-break space keeps a trailing "€" on the line of its amount, as the host's formats do.
    public string Money(decimal value) => value.ToString("C", euros).Replace(" €", "\u00A0€", StringComparison.Ordinal);

    public string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", Culture);

    public string Date(DateTimeOffset value) => value.ToString("d", Culture);

    public string Date(DateOnly value) => value.ToString("d", Culture);

    public string DateTime(DateTimeOffset value) => value.ToString("g", Culture);

    /// <summary>An ISO date (yyyy-MM-dd, as stored) shown in the culture; anything else as is.</summary>
    public string IsoDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Date(d) : iso ?? string.Empty;
}
