using System.Text;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class CsvFormatDetectorTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Theory]
    [InlineData("Nom;Prénom;Ville\r\nA;B;C", ';')]
    [InlineData("Nom,Prénom,Ville\nA,B,C", ',')]
    [InlineData("Nom\tPrénom\tVille\nA\tB\tC", '\t')]
    [InlineData("\"Nom, prénom\";Ville;CP\n", ';')]
    [InlineData("\"a;b;c;d\",Ville,CP\n", ',')]
    [InlineData("Nom\n", ';')]
    [InlineData("sep=,\r\nNom;Prénom;Ville", ',')]
    public void DetectDelimiter_HeaderLine_PicksTheSeparatorOutsideQuotes(string text, char expected) =>
        Assert.Equal(expected, CsvFormatDetector.DetectDelimiter(text));

    [Fact]
    public void Detect_Windows1252Bytes_AreReadAsWindows1252()
    {
        var bytes = Windows1252.GetBytes("Nom;Prénom\r\nDURAND;Hélène\r\n");

        var format = CsvFormatDetector.Detect(bytes, isWholeFile: true, out var preamble);

        Assert.Equal((1252, ';', false, 0), (format.Encoding.CodePage, format.Delimiter, format.HasByteOrderMark, preamble));
        Assert.Equal("Windows-1252, séparateur « ; »", format.Description);
    }

    [Fact]
    public void Detect_SameTextInUtf8WithoutBom_IsReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Nom;Prénom\r\nDURAND;Hélène\r\n");

        var format = CsvFormatDetector.Detect(bytes, isWholeFile: true, out var preamble);

        Assert.Equal((65001, false, 0), (format.Encoding.CodePage, format.HasByteOrderMark, preamble));
    }

    [Fact]
    public void Detect_Utf8Bom_IsSkippedAndReported()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("a,b\n")).ToArray();

        var format = CsvFormatDetector.Detect(bytes, isWholeFile: true, out var preamble);

        Assert.Equal((65001, true, 3, ','), (format.Encoding.CodePage, format.HasByteOrderMark, preamble, format.Delimiter));
        Assert.Equal("UTF-8 avec BOM, séparateur « , »", format.Description);
    }

    [Fact]
    public void Detect_Utf16LittleEndianBom_IsReadAsUtf16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Nom\tPrénom\r\n")).ToArray();

        var format = CsvFormatDetector.Detect(bytes, isWholeFile: true, out var preamble);

        Assert.Equal((1200, '\t', 2), (format.Encoding.CodePage, format.Delimiter, preamble));
    }

    [Fact]
    public void Detect_SampleCutInsideAnAccent_IsStillUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Nom;Prénom\r\nDURAND;Hé");

        var format = CsvFormatDetector.Detect(bytes.AsSpan(0, bytes.Length - 1), isWholeFile: false, out _);

        Assert.Equal(65001, format.Encoding.CodePage);
    }

    [Fact]
    public void Detect_WholeFileEndingInsideAnAccent_IsWindows1252()
    {
        var bytes = Encoding.UTF8.GetBytes("Nom;Prénom\r\nDURAND;Hé");

        var format = CsvFormatDetector.Detect(bytes.AsSpan(0, bytes.Length - 1), isWholeFile: true, out _);

        Assert.Equal(1252, format.Encoding.CodePage);
    }
}
