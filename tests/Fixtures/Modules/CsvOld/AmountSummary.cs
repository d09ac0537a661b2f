using System.Globalization;
using CsvHelper;

namespace ModularCrm.Fixtures.CsvOld;

/// <summary>Reads "name,amount" rows and sums the amounts.</summary>
public static class AmountSummary
{
    public static string Describe(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var total = reader.GetRecords<AmountRow>().Sum(row => row.Amount);
        return $"CsvHelper {typeof(CsvReader).Assembly.GetName().Version}: total {total.ToString(CultureInfo.InvariantCulture)}";
    }
}
