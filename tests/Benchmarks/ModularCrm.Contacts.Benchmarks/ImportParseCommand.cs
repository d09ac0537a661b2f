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
            long read = 0, skipped = 0, warnings = 0, lastReported = 0;
            var codes = new Dictionary<string, int>();
            var progress = new SynchronousProgress(p => lastReported = p.BytesRead);
            using (var reader = CsvContactReader.Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), new CsvImportOptions { ProgressInterval = 100_000 }))
            {
                foreach (var row in reader.ReadRows(progress: progress))
                {
                    read++;
                    skipped += row.IsSkipped ? 1 : 0;
                    foreach (var issue in row.Issues)
                    {
                        warnings += issue.Severity == ImportSeverity.Warning ? 1 : 0;
                        codes[issue.Code] = codes.GetValueOrDefault(issue.Code) + 1;
                    }
                }
            }

            timer.Stop();
            Console.WriteLine($"parsed {read:N0} rows in {timer.Elapsed.TotalSeconds:F2} s = {read / timer.Elapsed.TotalSeconds:N0} rows/s, {size / 1048576.0 / timer.Elapsed.TotalSeconds:F1} MB/s");
            Console.WriteLine($"skipped {skipped:N0}, warnings {warnings:N0}, progress last saw {lastReported:N0} of {size:N0} bytes");
            Console.WriteLine("issues: " + string.Join(", ", codes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value:N0}")));
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
