using System.Text;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class ImportSummaryTests
{
    private static ImportSummary Summarise(string text, int maxKeptIssues = 1000)
    {
        using var reader = CsvContactReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var summary = new ImportSummary(maxKeptIssues);
        foreach (var row in reader.ReadRows())
        {
            summary.Add(row);
        }

        return summary;
    }

    [Fact]
    public void Add_KolibriProspects_CountsRowsWarningsAndCodes()
    {
        using var reader = CsvContactReader.Open(File.OpenRead(FixtureFiles.KolibriProspects));
        var summary = new ImportSummary();
        foreach (var row in reader.ReadRows())
        {
            summary.Add(row);
        }

        Assert.Equal((9L, 9L, 0L, 1L, 1L), (summary.Rows, summary.Imported, summary.Skipped, summary.WithWarnings, summary.WithoutMatchKey));
        Assert.Equal(new Dictionary<string, long> { ["email.tld_typo"] = 1, ["phone.too_short"] = 1, ["row.no_match_key"] = 1 }, summary.IssuesByCode);
        Assert.Empty(summary.RepeatedKeys);
    }

    [Fact]
    public void Add_SameEmailOnTwoRows_ReportsTheRepeatWithBothRowNumbers()
    {
        var summary = Summarise("Nom;E-mail\r\nA;a@free.fr\r\nB;b@free.fr\r\nA bis;A@Free.fr\r\n");

        var repeat = Assert.Single(summary.RepeatedKeys);
        Assert.Equal((4L, 2L, "email:a@free.fr"), (repeat.RowNumber, repeat.FirstRowNumber, repeat.Key.ToString()));
    }

    [Fact]
    public void Add_ManyIssues_KeepsOnlyTheFirstButCountsAll()
    {
        var summary = Summarise("N° client;Nom;Hôte\r\n" + string.Concat(Enumerable.Range(1, 5).Select(i => $"{i};N{i};peut-être\r\n")), maxKeptIssues: 2);

        Assert.Equal(5, summary.IssuesByCode["boolean.invalid"]);
        Assert.Equal([2L, 3L], summary.FirstIssues.Select(i => i.RowNumber));
    }

    [Fact]
    public void Add_SkippedRow_IsCountedApart()
    {
        var summary = Summarise("Nom;Ville\r\n;Lyon\r\nA;Lyon\r\n");

        Assert.Equal((2L, 1L, 1L), (summary.Rows, summary.Imported, summary.Skipped));
        Assert.Equal(1, summary.IssuesByCode["row.no_identity"]);
    }
}
