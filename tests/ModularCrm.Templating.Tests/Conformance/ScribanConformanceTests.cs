using Xunit.Abstractions;

namespace ModularCrm.Templating.Tests.Conformance;

/// <summary>
/// Runs Scriban's own test corpus. Every case is a theory row; cases listed in conformance-baseline.txt must pass
/// (so a passing case cannot regress), others are reported by the summary.
/// </summary>
public sealed class ScribanConformanceTests(ITestOutputHelper output)
{
    private static readonly string BaselinePath = Path.Combine(AppContext.BaseDirectory, "Conformance", "conformance-baseline.txt");

    private static HashSet<string> Baseline() =>
        File.ReadAllLines(BaselinePath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    /// <summary>One row per corpus case (empty when the corpus is missing: the theory is then skipped).</summary>
    public static IEnumerable<object[]> Cases() =>
        ScribanCorpus.Available ? ScribanCorpus.Cases().Select(name => new object[] { name }) : [["(corpus missing)"]];

    [ConformanceTheory]
    [MemberData(nameof(Cases))]
    public void Case_RendersExactlyTheExpectedOutput(string name)
    {
        var (expected, actual) = ScribanCorpus.Run(name);
        if (!Baseline().Contains(name))
        {
            output.WriteLine(expected == actual ? $"{name} passes but is not in the baseline yet" : $"{name} fails (not in the baseline)");
            return;
        }

        Assert.Equal(expected, actual);
    }

    [ConformanceFact]
    public void Corpus_Summary_PrintsPassCountAndNoBaselineCaseRegresses()
    {
        var baseline = Baseline();
        var failed = new List<string>();
        var cases = ScribanCorpus.Cases();
        foreach (var name in cases)
        {
            string expected, actual;
            try
            {
                (expected, actual) = ScribanCorpus.Run(name);
            }
            catch (Exception exception)
            {
                (expected, actual) = ("<no crash>", exception.GetType().Name + ": " + exception.Message);
            }

            if (expected != actual)
            {
                failed.Add(name);
            }
        }

        output.WriteLine($"{cases.Count - failed.Count} passed, {failed.Count} failed");
        foreach (var name in failed)
        {
            output.WriteLine("  failed: " + name);
        }

        var regressions = failed.Where(baseline.Contains).ToList();
        Assert.True(regressions.Count == 0, "Baseline cases regressed: " + string.Join(", ", regressions));
    }
}
