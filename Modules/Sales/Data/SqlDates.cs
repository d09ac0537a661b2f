using System.Globalization;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>Dates travel as ISO text: SQLite stores them so, SQL Server and PostgreSQL convert to DATE.</summary>
internal static class SqlDates
{
    public static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Write(DateOnly? date) => date is { } d ? Write(d) : null;

    public static DateOnly Read(object value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        _ => DateOnly.ParseExact(Convert.ToString(value, CultureInfo.InvariantCulture)![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static DateOnly? ReadOptional(object? value) => value is null or DBNull ? null : Read(value);
}
