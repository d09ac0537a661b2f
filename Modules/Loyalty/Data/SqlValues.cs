using System.Globalization;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>Dates travel as ISO text (portable to the three engines) and come back as whatever the engine returns.</summary>
internal static class SqlValues
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static DateOnly ReadDate(object value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        _ => DateOnly.ParseExact(Convert.ToString(value, CultureInfo.InvariantCulture)![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static DateOnly? ReadDateOrNull(object? value) => value is null or DBNull ? null : ReadDate(value);

    /// <summary>SQLite keeps NUMERIC as REAL when it has decimals: round off the binary noise.</summary>
    public static decimal Money(decimal value) => Math.Round(value, 4);

    /// <summary>A number column as read: SQLite gives long or double, the others decimal; null reads as zero.</summary>
    public static decimal Money(object? value) => value switch
    {
        null or DBNull => 0,
        decimal d => Math.Round(d, 4),
        double f => Math.Round((decimal)f, 4),
        _ => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 4),
    };
}
