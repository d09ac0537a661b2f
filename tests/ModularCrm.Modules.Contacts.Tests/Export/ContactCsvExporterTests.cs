using System.Text;
using ModularCrm.Modules.Contacts.Export;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Export;

public sealed class ContactCsvExporterTests
{
    private static readonly ImportedContact[] Contacts =
    [
        new()
        {
            ExternalId = "007", Civility = "Mme", LastName = "D'Artagnan; fille", FirstName = "Amélie", Company = "Déco \"du\" monde",
            Email = "amelie@orange.fr", Phone = "+33437236961", Mobile = "+33612345678", Address = "12 rue de la Paix\r\nBât. B",
            PostalCode = "01000", City = "Bourg-en-Bresse", BirthDate = new DateOnly(1980, 3, 7), IsHost = true,
            AmbassadorName = "Maryse Brun", AnnualRevenue = 1254.5m, Remarks = "=HYPERLINK(\"http://x\")",
        },
        new() { LastName = "Smith", Phone = "+442079460958", AnnualRevenue = -12.25m, IsHost = false, Remarks = "-moins" },
        new() { Company = "@home", Email = "contact@home.example" },
        new() { LastName = "Réunion", Mobile = "+262692123456", Remarks = "+ de cadeaux" },
    ];

    [Fact]
    public void RoundTrip_ExportThenImport_GivesTheSameContactsWithoutIssues()
    {
        using var file = new MemoryStream();
        ContactCsvExporter.Write(Contacts, file);
        file.Position = 0;

        using var reader = CsvContactReader.Open(file);
        var rows = reader.ReadRows().ToList();

        Assert.Equal(Contacts, rows.Select(r => r.Contact));
        Assert.All(rows, r => Assert.Empty(r.Issues));
        Assert.Equal(ContactCsvExporter.Headers.Count, reader.SuggestMapping().MappedFields.Distinct().Count());
    }

    [Fact]
    public async Task RoundTrip_AsyncExportToAsyncOnlyStream_GivesTheSameContacts()
    {
        using var file = new MemoryStream();
        await ContactCsvExporter.WriteAsync(Contacts.ToAsyncEnumerable(), new AsyncOnlyStream(file));
        file.Position = 0;

        await using var reader = await CsvContactReader.OpenAsync(file);
        var rows = await reader.ReadRowsAsync().ToListAsync();

        Assert.Equal(Contacts, rows.Select(r => r.Contact));
    }

    [Fact]
    public void Write_Contacts_NeutralisesFormulasAndFormatsFrenchPhones()
    {
        using var file = new MemoryStream();
        ContactCsvExporter.Write(Contacts, file);
        var lines = Encoding.UTF8.GetString(file.ToArray()).Split("\r\n");

        Assert.StartsWith("\uFEFFN° client;Civilité;Nom;Prénom;", lines[0]);
        Assert.StartsWith("007;Mme;\"D'Artagnan; fille\";Amélie;\"Déco \"\"du\"\" monde\";amelie@orange.fr;04 37 23 69 61;06 12 34 56 78;\"12 rue", lines[1]);
        Assert.EndsWith(";01000;Bourg-en-Bresse;07/03/1980;Oui;Maryse Brun;1254,5;\"'=HYPERLINK(\"\"http://x\"\")\"", lines[2]);
        Assert.Equal(";;Smith;;;;'+442079460958;;;;;;Non;;-12,25;'-moins", lines[3]);
        Assert.Equal(";;;;'@home;contact@home.example;;;;;;;;;;", lines[4]);
        Assert.Equal(";;Réunion;;;;;06 92 12 34 56;;;;;;;;'+ de cadeaux", lines[5]);
    }
}
