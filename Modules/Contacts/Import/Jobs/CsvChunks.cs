using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>
/// Cuts a CSV file into chunks of whole records, as raw text, for the background import: each chunk, behind the
/// file's header, is a small CSV file of its own that <see cref="ContactImporter"/> reads like any other. Records are
/// cut by CsvHelper's own parser, configured as <see cref="CsvContactReader"/> configures it, so a quoted field spanning
/// lines is never split, and the record numbers of a chunk are the file's minus <see cref="Chunk.RecordOffset"/>.
/// </summary>
internal sealed class CsvChunks : IDisposable
{
    private readonly CsvParser parser;
    private readonly StringBuilder text = new();

    private CsvChunks(CsvParser parser, string prefix, int prefixRecords)
    {
        this.parser = parser;
        Prefix = prefix;
        PrefixRecords = prefixRecords;
    }

    /// <summary>The header record, after Excel's <c>sep=</c> line when the file has one, as written in the file.</summary>
    public string Prefix { get; }

    /// <summary>Records in <see cref="Prefix"/> (1 or 2).</summary>
    public int PrefixRecords { get; }

    /// <summary>Records read after the prefix, blank ones included.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Opens <paramref name="file"/>, already detected as <paramref name="format"/>, and reads its header.</summary>
    /// <exception cref="CsvImportException">The file has no header row.</exception>
    public static CsvChunks Open(Stream file, CsvFormat format)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = format.Delimiter.ToString(),
            HasHeaderRecord = false,
            DetectDelimiter = false,
            IgnoreBlankLines = false,
            BufferSize = 64 * 1024,
            BadDataFound = null,
        };
        var parser = new CsvParser(new StreamReader(file, format.Encoding, detectEncodingFromByteOrderMarks: false, 64 * 1024, leaveOpen: true), configuration);
        if (!parser.Read())
        {
            parser.Dispose();
            throw new CsvImportException("le fichier est vide : une première ligne d'en-têtes est attendue");
        }

        var prefix = parser.RawRecord.TrimStart('\uFEFF');
        var records = 1;
        if (parser.Count <= 2 && parser[0].TrimStart('\uFEFF').StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && parser.Read())
        {
            prefix += parser.RawRecord;
            records++;
        }

        return new CsvChunks(parser, prefix, records);
    }

    /// <summary>Skips <paramref name="records"/> records (a resumed import's checkpoint).</summary>
    public void Skip(long records)
    {
        while (RecordsRead < records && parser.Read())
        {
            RecordsRead++;
        }
    }

    /// <summary>Counts the data rows left (blank records are not rows), reading to the end.</summary>
    public long CountRows()
    {
        long rows = 0;
        while (parser.Read())
        {
            RecordsRead++;
            rows += IsBlank() ? 0 : 1;
        }

        return rows;
    }

    /// <summary>The next chunk of at most <paramref name="maxRows"/> data rows, or null at the end of the file.</summary>
    public Chunk? Next(int maxRows)
    {
        text.Clear();
        var offset = RecordsRead;
        var rows = 0;
        while (rows < maxRows && parser.Read())
        {
            RecordsRead++;
            text.Append(parser.RawRecord);
            rows += IsBlank() ? 0 : 1;
        }

        return RecordsRead == offset ? null : new Chunk(Prefix + text, offset, RecordsRead, rows);
    }

    /// <inheritdoc />
    public void Dispose() => parser.Dispose();

    private bool IsBlank()
    {
        for (var i = 0; i < parser.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(parser[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One chunk: the header and its records, as a CSV text.</summary>
    /// <param name="Csv">The prefix, then the chunk's records as read.</param>
    /// <param name="RecordOffset">Records of the file before this chunk's first one (after the prefix): add it to a row
    /// number of the chunk to get the file's.</param>
    /// <param name="RecordsEnd">Records read after the prefix once this chunk is done: its checkpoint.</param>
    /// <param name="Rows">Data rows in the chunk.</param>
    public sealed record Chunk(string Csv, long RecordOffset, long RecordsEnd, int Rows);
}
