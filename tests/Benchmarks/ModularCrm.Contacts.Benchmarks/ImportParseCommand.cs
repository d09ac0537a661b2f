using System.Diagnostics;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Contacts.Benchmarks;

/// <summary>Generates an N-row file, then times parsing it (parse only: no database).</summary>
internal static class ImportParseCommand
{
    public static void Run(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"modularcrm-import-{rows}-{Environment.ProcessId}.csv");
        try
        {
            var generation = Stopwatch.StartNew();
            CsvFileGenerator.Write(path, rows);
            var size = new FileInfo(path).Length;
            Console.WriteLine($"generated {rows:N0} rows, {size / 1048576.0:F1} MB in {generation.Elapsed.TotalSeconds:F1} s: {path}");

            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var timer = Stopwatch.StartNew();
            long lastReported = 0;
            var summary = new ImportSummary();
            var progress = new SynchronousProgress(p => lastReported = p.BytesRead);
            using (var reader = CsvContactReader.Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), new CsvImportOptions { ProgressInterval = 100_000 }))
            {
                foreach (var row in reader.ReadRows(progress: progress))
                {
                    summary.Add(row);
                }
            }

            timer.Stop();
            Console.WriteLine($"parsed {summary.Rows:N0} rows in {timer.Elapsed.TotalSeconds:F2} s = {summary.Rows / timer.Elapsed.TotalSeconds:N0} rows/s, {size / 1048576.0 / timer.Elapsed.TotalSeconds:F1} MB/s (dry run: ImportSummary fed with every row)");
            Console.WriteLine($"imported {summary.Imported:N0}, skipped {summary.Skipped:N0}, with warnings {summary.WithWarnings:N0}, keys repeated in file {summary.RepeatedKeys.Count:N0}; progress last saw {lastReported:N0} of {size:N0} bytes");
            Console.WriteLine("issues: " + string.Join(", ", summary.IssuesByCode.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:N0}")));
            Console.WriteLine($"allocated while parsing: {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:F0} MB");
            MemoryFigures.Print();
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Reports on the reading thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
