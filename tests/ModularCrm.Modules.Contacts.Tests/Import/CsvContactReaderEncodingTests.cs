using System.Text;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class CsvContactReaderEncodingTests
{
    private const string Text = "Nom;Prénom;Ville\r\nDURAND;Hélène;Saint-Étienne\r\n";
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void Open_Windows1252File_ReadsAccentsCorrectly()
    {
        using var file = TempCsvFile.Write(Text, Windows1252);
        Assert.Equal([0x48, 0xE9, 0x6C], File.ReadAllBytes(file.Path)[25..28]);

        using var reader = CsvContactReader.Open(File.OpenRead(file.Path));
        var contact = reader.ReadRows().Single().Contact!;

        Assert.Equal(1252, reader.Format.Encoding.CodePage);
        Assert.Equal(["Nom", "Prénom", "Ville"], reader.Headers);
        Assert.Equal(("DURAND", "Hélène", "Saint-Étienne"), (contact.LastName, contact.FirstName, contact.City));
    }

    [Fact]
    public void Open_SameTextAsUtf8WithoutBom_IsDetectedAsUtf8AndReadAlike()
    {
        using var file = TempCsvFile.Write(Text, new UTF8Encoding(false));

        using var reader = CsvContactReader.Open(File.OpenRead(file.Path));
        var contact = reader.ReadRows().Single().Contact!;

        Assert.Equal((65001, false), (reader.Format.Encoding.CodePage, reader.Format.HasByteOrderMark));
        Assert.Equal(("Hélène", "Saint-Étienne"), (contact.FirstName, contact.City));
    }

    [Fact]
    public void Open_Utf8WithBom_DoesNotLeakTheBomIntoTheFirstHeader()
    {
        using var file = TempCsvFile.Write(Text, new UTF8Encoding(true));

        using var reader = CsvContactReader.Open(File.OpenRead(file.Path));

        Assert.True(reader.Format.HasByteOrderMark);
        Assert.Equal("Nom", reader.Headers[0]);
        Assert.Equal(ContactField.LastName, reader.SuggestMapping().Columns[0].Field);
    }

    [Fact]
    public void Open_Utf8FileWithStray1252ByteBeyondTheSample_ReadsItAs1252()
    {
        var head = Encoding.UTF8.GetBytes("Nom;Prénom\r\n" + string.Concat(Enumerable.Range(1, 50).Select(i => $"N{i};Zoé\r\n")));
        var tail = Windows1252.GetBytes("DURAND;Hélène\r\n");
        using var file = TempCsvFile.WriteBytes([.. head, .. tail]);

        using var reader = CsvContactReader.Open(File.OpenRead(file.Path), new CsvImportOptions { SampleSize = 64 });
        var rows = reader.ReadRows().ToList();

        Assert.Equal(65001, reader.Format.Encoding.CodePage);
        Assert.Equal("Zoé", rows[0].Contact!.FirstName);
        Assert.Equal("Hélène", rows[^1].Contact!.FirstName);
    }

    [Fact]
    public void Open_ForcedEncodingAndDelimiter_OverrideDetection()
    {
        using var file = TempCsvFile.Write("Nom,Prénom;x\r\nA,B;C\r\n", new UTF8Encoding(false));

        using var reader = CsvContactReader.Open(File.OpenRead(file.Path), new CsvImportOptions { Delimiter = ',', Encoding = Windows1252 });

        Assert.Equal((',', 1252), (reader.Format.Delimiter, reader.Format.Encoding.CodePage));
        Assert.Equal(["Nom", "PrÃ©nom;x"], reader.Headers);
    }
}
