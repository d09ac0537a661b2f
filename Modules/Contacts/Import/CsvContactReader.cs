using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Streams a customer CSV file into <see cref="ImportRow"/>s without holding the file in memory.
/// Typical use: <see cref="OpenAsync"/>, show <see cref="Format"/>, <see cref="Headers"/> and
/// <see cref="SuggestMapping"/> to the user, then enumerate <see cref="ReadRowsAsync"/> with the mapping
/// they confirmed. Rows can be read once per reader: reopen the file for the real run after a dry run.
/// </summary>
public sealed class CsvContactReader : IDisposable, IAsyncDisposable
{
    private readonly SampledStream stream;
    private readonly CsvParser parser;
    private readonly CsvImportOptions options;
    private readonly long? totalBytes;
    private List<ImportIssue>? parserIssues;
    private string[] headers = [];
    private bool rowsTaken;

    private CsvContactReader(SampledStream stream, CsvFormat format, CsvImportOptions options, long? totalBytes)
    {
        this.stream = stream;
        this.options = options;
        this.totalBytes = totalBytes;
        Format = format;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = format.Delimiter.ToString(),
            HasHeaderRecord = false,
            DetectDelimiter = false,
            // Blank lines come through (and are skipped here) so that Row keeps matching spreadsheet rows.
            IgnoreBlankLines = false,
            // No CacheFields: its cache keeps every distinct value (every e-mail of a million rows) alive.
            BufferSize = 64 * 1024,
            BadDataFound = OnBadData,
        };
        parser = new CsvParser(new StreamReader(stream, format.Encoding, detectEncodingFromByteOrderMarks: false, 64 * 1024), configuration);
    }

    /// <summary>The detected (or forced) encoding and separator.</summary>
    public CsvFormat Format { get; }

    /// <summary>The header row, trimmed.</summary>
    public IReadOnlyList<string> Headers => headers;

    /// <summary>Opens a file synchronously (files on disk, tests, the bench). Takes ownership of the
    /// stream unless <see cref="CsvImportOptions.LeaveOpen"/>.</summary>
    /// <exception cref="CsvImportException">The file is empty or has no header row.</exception>
    public static CsvContactReader Open(Stream source, CsvImportOptions? options = null)
    {
        options = (options ?? new CsvImportOptions()).Validated();
        var total = TotalBytesOf(source, options);
        var sample = new byte[options.SampleSize];
        var length = source.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var reader = Create(source, sample, length, total, options);
        try
        {
            var read = reader.parser.Read();
            if (read && reader.IsSeparatorHint())
            {
                read = reader.parser.Read();
            }

            reader.TakeHeader(read);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Opens a file asynchronously (request bodies, where synchronous reads are refused).</summary>
    /// <exception cref="CsvImportException">The file is empty or has no header row.</exception>
    public static async Task<CsvContactReader> OpenAsync(Stream source, CsvImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? new CsvImportOptions()).Validated();
        var total = TotalBytesOf(source, options);
        var sample = new byte[options.SampleSize];
        var length = await source.ReadAtLeastAsync(sample, sample.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var reader = Create(source, sample, length, total, options);
        try
        {
            var read = await reader.parser.ReadAsync().ConfigureAwait(false);
            if (read && reader.IsSeparatorHint())
            {
                read = await reader.parser.ReadAsync().ConfigureAwait(false);
            }

            reader.TakeHeader(read);
            return reader;
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The mapping suggested from the headers (see <see cref="ColumnMappingSuggester"/>).</summary>
    public ColumnMapping SuggestMapping() => ColumnMappingSuggester.Suggest(headers);

    /// <summary>Reads every data row; blank rows are skipped silently.</summary>
    /// <param name="mapping">The mapping to apply; null uses <see cref="SuggestMapping"/>.</param>
    /// <param name="progress">Told every <see cref="CsvImportOptions.ProgressInterval"/> rows and at the end.</param>
    /// <exception cref="CsvImportException">A mapped column is missing from the file.</exception>
    public IEnumerable<ImportRow> ReadRows(ColumnMapping? mapping = null, IProgress<ImportProgress>? progress = null)
    {
        var state = Start(mapping);
        return Enumerate();

        IEnumerable<ImportRow> Enumerate()
        {
            long rows = 0;
            while (parser.Read())
            {
                if (state.TryConvert(this) is { } row)
                {
                    Report(progress, ++rows, final: false);
                    yield return row;
                }
            }

            Report(progress, rows, final: true);
        }
    }

    /// <summary>Asynchronous <see cref="ReadRows"/>.</summary>
    /// <exception cref="CsvImportException">A mapped column is missing from the file.</exception>
    public IAsyncEnumerable<ImportRow> ReadRowsAsync(ColumnMapping? mapping = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var state = Start(mapping);
        return Enumerate(cancellationToken);

        async IAsyncEnumerable<ImportRow> Enumerate([EnumeratorCancellation] CancellationToken token)
        {
            long rows = 0;
            while (await parser.ReadAsync().ConfigureAwait(false))
            {
                token.ThrowIfCancellationRequested();
                if (state.TryConvert(this) is { } row)
                {
                    Report(progress, ++rows, final: false);
                    yield return row;
                }
            }

            Report(progress, rows, final: true);
        }
    }

    /// <inheritdoc />
    public void Dispose() => parser.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        parser.Dispose();
        return ValueTask.CompletedTask;
    }

    private static CsvContactReader Create(Stream source, byte[] sample, int length, long? total, CsvImportOptions options)
    {
        var detected = CsvFormatDetector.Detect(sample.AsSpan(0, length), isWholeFile: length < sample.Length, out var preamble);
        var format = detected with
        {
            Encoding = options.Encoding ?? detected.Encoding,
            Delimiter = options.Delimiter ?? detected.Delimiter,
        };
        return new CsvContactReader(new SampledStream(source, sample, preamble, length, options.LeaveOpen), format, options, total);
    }

    private static long? TotalBytesOf(Stream source, CsvImportOptions options) =>
        options.TotalBytes ?? (source.CanSeek ? source.Length - source.Position : null);

    // Excel writes (and honours) a first line "sep=;" naming the separator; it is not the header.
    private bool IsSeparatorHint() =>
        parser.Count <= 2 && parser[0].StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && parser.Row == 1;

    private void TakeHeader(bool read)
    {
        if (!read)
        {
            throw new CsvImportException("le fichier est vide : une première ligne d'en-têtes est attendue");
        }

        headers = Enumerable.Range(0, parser.Count).Select(i => parser[i].Trim()).ToArray();
        if (headers.All(h => h.Length == 0))
        {
            throw new CsvImportException("la première ligne est vide : elle doit porter les noms des colonnes");
        }
    }

    private RowState Start(ColumnMapping? mapping)
    {
        if (rowsTaken)
        {
            throw new InvalidOperationException("rows can be read once per reader; open the file again");
        }

        rowsTaken = true;
        var indexes = (mapping ?? SuggestMapping()).Bind(headers);
        var names = indexes.Select(i => i >= 0 ? headers[i] : null).ToArray();
        return new RowState(indexes, new ContactRowConverter(names, EmailValidator.Default, DateOnly.FromDateTime(DateTime.Today)));
    }

    private void Report(IProgress<ImportProgress>? progress, long rows, bool final)
    {
        if (progress is not null && (final || rows % options.ProgressInterval == 0))
        {
            progress.Report(new ImportProgress(rows, stream.BytesFromSource, totalBytes));
        }
    }

    private void OnBadData(BadDataFoundArgs args)
    {
        parserIssues ??= [];
        parserIssues.Add(new ImportIssue(args.Context.Parser?.Row ?? 0, null, null, ImportSeverity.Warning, "row.bad_quotes",
            "guillemets mal placés dans la ligne : vérifier les valeurs", args.Field));
    }

    /// <summary>Per-enumeration state: where each field's column is and the converter.</summary>
    private sealed class RowState(int[] indexes, ContactRowConverter converter)
    {
        private readonly string?[] cells = new string?[indexes.Length];

        public ImportRow? TryConvert(CsvContactReader reader)
        {
            var parser = reader.parser;
            var count = parser.Count;
            var blank = true;
            for (var i = 0; i < count && blank; i++)
            {
                blank = string.IsNullOrWhiteSpace(parser[i]);
            }

            var issues = reader.parserIssues;
            reader.parserIssues = null;
            if (blank)
            {
                return null;
            }

            for (var field = 0; field < indexes.Length; field++)
            {
                var index = indexes[field];
                cells[field] = index >= 0 && index < count ? parser[index] : null;
            }

            if (count != reader.headers.Length)
            {
                issues ??= [];
                issues.Add(new ImportIssue(parser.Row, null, null, ImportSeverity.Warning, "row.column_count",
                    $"la ligne a {count} colonnes au lieu de {reader.headers.Length} : vérifier les séparateurs", null));
            }

            return converter.Convert(parser.Row, cells, issues);
        }
    }
}
