using CsvHelper;

namespace ModularCrm.Fixtures.CsvNew;

/// <summary>Rewrites comma-separated text with semicolons, as French spreadsheets expect (CsvHelper 34 API).</summary>
public static class SemicolonRewriter
{
    public static string Rewrite(string csv)
    {
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { HasHeader = false });
        using var output = new StringWriter();
        using (var writer = CsvWriter.Create(output, new CsvWriterOptions { Separator = ';' }, true))
        {
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }

                writer.WriteRecord(fields);
            }
        }

        return $"CsvHelper {typeof(CsvWriter).Assembly.GetName().Version}: {output.ToString().Replace("\r\n", "|")}";
    }
}
