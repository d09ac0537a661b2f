using System.Diagnostics;
using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Contacts.Benchmarks;

/// <summary>Times the duplicate detector on N generated candidates, about 1 in 20 a planted duplicate.</summary>
internal static class DuplicatesCommand
{
    public static void Run(int rows)
    {
        // Candidates are streamed, as they would be from a database reader; generation time is included.
        var timer = Stopwatch.StartNew();
        var report = new DuplicateDetector().Find(Candidates(rows));
        timer.Stop();
        Console.WriteLine($"checked {rows:N0} candidates in {timer.Elapsed.TotalSeconds:F2} s = {rows / timer.Elapsed.TotalSeconds:N0}/s: {report.Pairs.Count:N0} pairs, {report.OversizedKeys.Count:N0} oversized keys");
        foreach (var group in report.Pairs.GroupBy(p => p.Description).OrderByDescending(g => g.Count()).Take(5))
        {
            Console.WriteLine($"  {group.Count(),8:N0}  {group.Key}");
        }

        MemoryFigures.Print();
    }

    private static IEnumerable<DuplicateCandidate> Candidates(int rows)
    {
        var data = new SampleData(11);
        for (var id = 1; id <= rows; id++)
        {
            // Every 20th contact re-uses the previous one's number in another spelling, upper-cased names.
            var twin = id % 20 == 0;
            var number = twin ? id - 1 : id;
            var last = data.LastName();
            var first = data.FirstName();
            yield return new DuplicateCandidate(
                id.ToString(), twin ? first.ToUpperInvariant() : first, last,
                [$"client{number}@gmail.com"], [twin ? $"+33 6 {number % 100_000_000:D8}" : $"06{number % 100_000_000:D8}"], data.PostalCode());
        }
    }
}
