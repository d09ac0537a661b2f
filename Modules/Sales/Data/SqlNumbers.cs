using System.Globalization;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>Reads a NUMERIC column whatever the engine gave back (long or double on SQLite, decimal elsewhere).</summary>
internal static class SqlNumbers
{
    public static decimal Decimal(object value) => value switch
    {
        decimal d => d,
        double f => Math.Round((decimal)f, 6),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };
}
