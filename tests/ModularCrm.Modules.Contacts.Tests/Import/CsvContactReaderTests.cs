using System.Text;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class CsvContactReaderTests
{
    private static List<ImportRow> Read(string text, ColumnMapping? mapping = null)
    {
        using var reader = CsvContactReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        return reader.ReadRows(mapping).ToList();
    }

    [Fact]
    public void Open_EmptyFile_ThrowsFrenchError()
    {
        var error = Assert.Throws<CsvImportException>(() => CsvContactReader.Open(new MemoryStream()));

        Assert.Equal("le fichier est vide : une première ligne d'en-têtes est attendue", error.Message);
    }

    [Fact]
    public async Task OpenAsync_BlankHeaderLine_ThrowsFrenchError()
    {
        var error = await Assert.ThrowsAsync<CsvImportException>(() => CsvContactReader.OpenAsync(new MemoryStream(";;\r\nA;B;C\r\n"u8.ToArray())));

        Assert.Equal("la première ligne est vide : elle doit porter les noms des colonnes", error.Message);
    }

    [Fact]
    public void Open_ExcelSeparatorHintLine_UsesItAndSkipsIt()
    {
        using var reader = CsvContactReader.Open(new MemoryStream("sep=;\r\nNom,société;Ville\r\nA,B;Lyon\r\n"u8.ToArray()));
        var row = reader.ReadRows().Single();

        Assert.Equal(';', reader.Format.Delimiter);
        Assert.Equal(["Nom,société", "Ville"], reader.Headers);
        Assert.Equal((3L, "Lyon"), (row.RowNumber, row.Contact!.City));
    }

    [Fact]
    public void ReadRows_HeaderOnly_GivesNoRow() =>
        Assert.Empty(Read("Nom;Prénom\r\n"));

    [Fact]
    public void ReadRows_BlankLinesAndEmptyRows_AreSkippedAndRowNumbersFollowTheFile()
    {
        var rows = Read("Nom;Prénom\r\nA;a\r\n\r\n;\r\nB;b\r\n");

        Assert.Equal([(2L, "A"), (5L, "B")], rows.Select(r => (r.RowNumber, r.Contact!.LastName!)));
    }

    [Fact]
    public void ReadRows_QuotedMultilineCell_CountsAsOneRow()
    {
        var rows = Read("Nom;Commentaires\r\nA;\"ligne 1\r\nligne 2; suite\"\r\nB;x\r\n");

        Assert.Equal("ligne 1\r\nligne 2; suite", rows[0].Contact!.Remarks);
        Assert.Equal([2L, 3L], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void ReadRows_RowWithoutIdentity_IsSkippedWithAnError()
    {
        var row = Read("Nom;Prénom;E-mail;Ville\r\n;Marie;marie@;Lyon\r\n").Single();

        Assert.True(row.IsSkipped);
        Assert.Null(row.MatchKey);
        var error = Assert.Single(row.Issues, i => i.Severity == ImportSeverity.Error);
        Assert.Equal((2L, null, "row.no_identity"), (error.RowNumber, error.Column, error.Code));
        Assert.Equal("ligne ignorée : ni nom, ni société, ni e-mail, ni téléphone valide", error.Message);
        Assert.Contains(row.Issues, i => i.Code == "email.empty_domain" && i.Severity == ImportSeverity.Warning);
    }

    [Fact]
    public void ReadRows_UnreadableValues_AreWarningsNamingRowColumnAndValue()
    {
        var row = Read("N° client;Nom;CA annuel;Hôte;Date de naissance;Code postal;Portable\r\n7;Roux;douze;Peut-être;31/02/1980;690;08 99 12 34 56\r\n").Single();

        Assert.False(row.IsSkipped);
        Assert.Equal(
            [
                ("CA annuel", "number.invalid", "nombre « douze » illisible"),
                ("Code postal", "postcode.invalid", "code postal « 690 » invalide (3 chiffres au lieu de 5)"),
                ("Date de naissance", "date.invalid", "date « 31/02/1980 » illisible (attendu jj/mm/aaaa)"),
                ("Hôte", "boolean.invalid", "valeur « Peut-être » non reconnue (attendu Oui ou Non)"),
                ("Portable", "phone.premium_rate", "numéro surtaxé (08 9x) : à vérifier"),
            ],
            row.Issues.Select(i => (i.Column!, i.Code, i.Message)).OrderBy(i => i.Item1, StringComparer.Ordinal));
        Assert.All(row.Issues, i => Assert.Equal((2L, ImportSeverity.Warning), (i.RowNumber, i.Severity)));
        Assert.Equal(
            new ImportedContact { ExternalId = "7", LastName = "Roux", Mobile = "+33899123456" },
            row.Contact);
    }

    [Fact]
    public void ReadRows_FutureBirthDateAndCompletedPostcode_AreWarned()
    {
        var row = Read("Nom;Date de naissance;Code postal\r\nRoux;01/01/2999;1000\r\n").Single();

        Assert.Equal(["date.future", "postcode.completed"], row.Issues.Select(i => i.Code).Order());
        Assert.Equal((null, "01000"), (row.Contact!.BirthDate, row.Contact.PostalCode));
    }

    [Fact]
    public void ReadRows_WrongColumnCount_IsWarned()
    {
        var rows = Read("Nom;Prénom;Ville\r\nA;a\r\nB;b;Lyon;extra\r\n");

        Assert.Equal("la ligne a 2 colonnes au lieu de 3 : vérifier les séparateurs", Assert.Single(rows[0].Issues, i => i.Code == "row.column_count").Message);
        Assert.Contains(rows[1].Issues, i => i.Code == "row.column_count");
        Assert.Equal("Lyon", rows[1].Contact!.City);
    }

    [Fact]
    public void ReadRows_StrayQuote_IsWarnedAndTheRowKept()
    {
        var row = Read("Nom;Ville\r\nLe \"Petit\" Marché;Lyon\r\n").Single();

        Assert.Contains(row.Issues, i => i.Code == "row.bad_quotes" && i.RowNumber == 2);
        Assert.Equal("Lyon", row.Contact!.City);
    }

    [Fact]
    public void ReadRows_CellsWithFormulaGuardAndExtraSpaces_AreCleaned()
    {
        var contact = Read("Nom;Prénom;Commentaires;Téléphone\r\n  Le   Goff ;Jean\u00A0 Marc;'=1+1;'+33 6 12 34 56 78\r\n").Single().Contact!;

        Assert.Equal(("Le Goff", "Jean Marc", "=1+1", "+33612345678"), (contact.LastName, contact.FirstName, contact.Remarks, contact.Phone));
    }

    [Fact]
    public void ReadRows_EditedMapping_IsApplied()
    {
        using var reader = CsvContactReader.Open(new MemoryStream("Nom;Pointure;Ville\r\nA;38;Lyon\r\n"u8.ToArray()));
        var mapping = reader.SuggestMapping().With(1, ContactField.Remarks).With(2, null);

        var contact = reader.ReadRows(mapping).Single().Contact!;

        Assert.Equal(("A", "38", null), (contact.LastName, contact.Remarks, contact.City));
    }

    [Fact]
    public void ReadRows_Twice_Throws()
    {
        using var reader = CsvContactReader.Open(new MemoryStream("Nom\r\nA\r\n"u8.ToArray()));
        _ = reader.ReadRows().ToList();

        Assert.Throws<InvalidOperationException>(() => reader.ReadRows());
    }

    [Fact]
    public void ReadRows_MappingWithMissingColumn_ThrowsBeforeReading()
    {
        using var reader = CsvContactReader.Open(new MemoryStream("Nom\r\nA\r\n"u8.ToArray()));
        var saved = new ColumnMapping([new ColumnAssignment(0, "Nom", ContactField.LastName), new ColumnAssignment(1, "E-mail", ContactField.Email)]);

        Assert.Throws<CsvImportException>(() => reader.ReadRows(saved));
    }

    [Fact]
    public void ReadRows_SeekableFile_ReportsRowsAndBytesUpToTheTotal()
    {
        var text = "Nom\r\n" + string.Concat(Enumerable.Range(1, 25).Select(i => $"N{i}\r\n"));
        var reports = new List<ImportProgress>();
        using var reader = CsvContactReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), new CsvImportOptions { ProgressInterval = 10 });

        _ = reader.ReadRows(progress: new ListProgress(reports)).ToList();

        Assert.Equal([10L, 20L, 25L], reports.Select(r => r.RowsRead));
        Assert.All(reports, r => Assert.Equal(Encoding.UTF8.GetByteCount(text), r.TotalBytes));
        Assert.Equal(1.0, reports[^1].Fraction);
    }

    [Fact]
    public async Task ReadRowsAsync_NonSeekableStream_StreamsEveryRowWithUnknownTotal()
    {
        var text = "Nom;Prénom\r\n" + string.Concat(Enumerable.Range(1, 3000).Select(i => $"N{i};Zoé\r\n"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var reports = new List<ImportProgress>();
        await using var reader = await CsvContactReader.OpenAsync(new NonSeekableStream(new MemoryStream(bytes), refuseSyncReads: true), new CsvImportOptions { SampleSize = 100 });

        var rows = await reader.ReadRowsAsync(progress: new ListProgress(reports)).ToListAsync();

        Assert.Equal(3000, rows.Count);
        Assert.Equal(("N3000", "Zoé", 3001L), (rows[^1].Contact!.LastName, rows[^1].Contact!.FirstName, rows[^1].RowNumber));
        Assert.Equal((3000L, bytes.Length, (long?)null), (reports[^1].RowsRead, reports[^1].BytesRead, reports[^1].TotalBytes));
        Assert.Null(reports[^1].Fraction);
    }

    [Fact]
    public void Open_ZeroProgressInterval_IsRefusedUpFront() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvContactReader.Open(new MemoryStream("Nom\r\nA\r\n"u8.ToArray()), new CsvImportOptions { ProgressInterval = 0 }));

    [Fact]
    public void Dispose_WithLeaveOpen_KeepsTheStreamUsable()
    {
        var stream = new MemoryStream("Nom\r\nA\r\n"u8.ToArray());
        using (CsvContactReader.Open(stream, new CsvImportOptions { LeaveOpen = true }))
        {
        }

        Assert.True(stream.CanRead);
    }

    private sealed class ListProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
