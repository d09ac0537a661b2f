using System.Globalization;

namespace ModularCrm.Host.Pages.I18n;

/// <summary>Numbers, money and dates in the user's locale. Money is always euros, whatever the language.</summary>
internal sealed class Formats(CultureInfo culture)
{
    private readonly NumberFormatInfo euros = Euros(culture);

    public CultureInfo Culture => culture;

    public string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", culture);

    // ICU puts a plain space before a trailing "€": a no-break space keeps the amount and its symbol on one line,
    // as the templates' money filter does.
    public string Money(decimal value) => value.ToString("C", euros).Replace(" €", "\u00A0€", StringComparison.Ordinal);

    public string Date(DateOnly value) => value.ToString("d", culture);

    public string DateTime(DateTimeOffset value) => value.ToString("g", culture);

    /// <summary>A short label for a chart bar: day and month.</summary>
    public string DayMonth(DateOnly value) => value.ToString(culture.TwoLetterISOLanguageName == "fr" ? "dd/MM" : "dd MMM", culture);

    private static NumberFormatInfo Euros(CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        return format;
    }
}
