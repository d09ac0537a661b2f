using System.Diagnostics;
using ModularCrm.Modules.Contacts.Export;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Contacts.Benchmarks;

/// <summary>Times exporting N contacts to a temp file.</summary>
internal static class ExportWriteCommand
{
    public static void Run(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"modularcrm-export-{rows}-{Environment.ProcessId}.csv");
        try
        {
            var timer = Stopwatch.StartNew();
            using (var file = File.Create(path))
            {
                ContactCsvExporter.Write(Contacts(rows), file);
            }

            timer.Stop();
            var size = new FileInfo(path).Length;
            Console.WriteLine($"exported {rows:N0} rows, {size / 1048576.0:F1} MB in {timer.Elapsed.TotalSeconds:F2} s = {rows / timer.Elapsed.TotalSeconds:N0} rows/s");
            MemoryFigures.Print();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<ImportedContact> Contacts(int rows)
    {
        var data = new SampleData(7);
        for (var id = 1; id <= rows; id++)
        {
            var last = data.LastName();
            var first = data.FirstName();
            yield return new ImportedContact
            {
                ExternalId = id.ToString(), LastName = last, FirstName = first, Email = $"{first.ToLowerInvariant()}{id}@gmail.com",
                Mobile = $"+336{id % 100_000_000:D8}", PostalCode = data.PostalCode(), City = data.City(), IsHost = id % 2 == 0,
                AnnualRevenue = id % 5000 + 0.5m, Remarks = id % 10 == 0 ? "=cadeaux; sacs" : null,
            };
        }
    }
}
