using System.Text;
using ModularCrm.Modules.Contacts.Export;

namespace ModularCrm.Modules.Contacts.Tests.Export;

public sealed class FrenchCsvWriterTests
{
    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+33612345678", "'+33612345678")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tindent", "'\tindent")]
    [InlineData("\rline", "'\rline")]
    [InlineData("Marie", "Marie")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void Neutralise_CellStartingWithFormulaCharacter_GetsQuotePrefix(string value, string expected) =>
        Assert.Equal(expected, FrenchCsvWriter.Neutralise(value));

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("dit \"oui\"", "\"dit \"\"oui\"\"\"")]
    [InlineData("ligne1\r\nligne2", "\"ligne1\r\nligne2\"")]
    [InlineData("a,b", "a,b")]
    public void Quote_CellNeedingIt_IsQuotedPerRfc4180(string value, string expected) =>
        Assert.Equal(expected, FrenchCsvWriter.Quote(value));

    [Fact]
    public void Write_RowOfTypedValues_GivesBomSemicolonsDecimalCommaAndCrlf()
    {
        using var output = new MemoryStream();
        using (var writer = new FrenchCsvWriter(output, leaveOpen: true))
        {
            writer.WriteText("Amélie");
            writer.WriteNumber(1254.50m);
            writer.WriteNumber(-12.5m);
            writer.WriteBoolean(true);
            writer.WriteBoolean(false);
            writer.WriteBoolean(null);
            writer.WriteDate(new DateOnly(1980, 3, 7));
            writer.WriteText("=1+1");
            writer.EndRow();
        }

        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Amélie;1254,50;-12,5;Oui;Non;;07/03/1980;'=1+1\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task EndRowAsync_OnStreamRefusingSyncWrites_WritesEverything()
    {
        using var inner = new MemoryStream();
        await using (var output = new AsyncOnlyStream(inner))
        await using (var writer = new FrenchCsvWriter(output, leaveOpen: true))
        {
            writer.WriteText("a");
            writer.WriteText("b");
            await writer.EndRowAsync();
            await writer.FlushAsync();
        }

        Assert.Equal("\uFEFFa;b\r\n", Encoding.UTF8.GetString(inner.ToArray()));
    }
}
