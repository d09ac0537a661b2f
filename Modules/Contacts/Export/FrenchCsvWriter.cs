using System.Globalization;
using System.Text;

namespace ModularCrm.Modules.Contacts.Export;

/// <summary>
/// Writes CSV that French Excel opens correctly by double-click: UTF-8 with BOM, ';' separator, decimal
/// comma, dates dd/MM/yyyy, Oui/Non, CRLF, RFC 4180 quoting. Text cells starting with "=", "+", "-", "@",
/// tab or CR are prefixed with "'" so a spreadsheet never runs them as formulas (CSV injection); numbers
/// written through <see cref="WriteNumber"/> are ours, so they are left alone and stay numbers.
/// Build a row with the Write* calls, then <see cref="EndRow"/> (or <see cref="EndRowAsync"/> on a
/// response body, where synchronous writes are refused).
/// </summary>
public sealed class FrenchCsvWriter : IDisposable, IAsyncDisposable
{
    /// <summary>The separator French Excel expects.</summary>
    public const char Delimiter = ';';

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };
    private readonly StreamWriter writer;
    private readonly StringBuilder row = new();
    private bool rowStarted;

    /// <summary>Creates a writer on <paramref name="output"/>; the BOM is written unless the stream is
    /// seekable and already past its start.</summary>
    public FrenchCsvWriter(Stream output, bool leaveOpen = false) =>
        writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen) { NewLine = "\r\n" };

    /// <summary>Adds a text cell (null or empty gives an empty cell).</summary>
    public void WriteText(string? value) => Append(Quote(Neutralise(value ?? string.Empty)));

    /// <summary>Adds a number with a decimal comma and no thousands separator ("1254,5").</summary>
    public void WriteNumber(decimal? value) => Append(value?.ToString(DecimalComma) ?? string.Empty);

    /// <summary>Adds "Oui", "Non" or an empty cell.</summary>
    public void WriteBoolean(bool? value) => Append(value switch { true => "Oui", false => "Non", null => string.Empty });

    /// <summary>Adds a date as dd/MM/yyyy.</summary>
    public void WriteDate(DateOnly? value) => Append(value?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Adds every value as a text cell and ends the row.</summary>
    public void WriteRow(IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            WriteText(value);
        }

        EndRow();
    }

    /// <summary>Ends the current row (CRLF).</summary>
    public void EndRow()
    {
        row.Append("\r\n");
        writer.Write(row);
        ResetRow();
    }

    /// <summary>Ends the current row without blocking on the stream.</summary>
    public async Task EndRowAsync(CancellationToken cancellationToken = default)
    {
        row.Append("\r\n");
        await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
        ResetRow();
    }

    /// <summary>Pushes buffered text to the stream.</summary>
    public void Flush() => writer.Flush();

    /// <summary>Pushes buffered text to the stream asynchronously.</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default) => writer.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => writer.DisposeAsync();

    /// <summary>Prefixes a formula-looking text with "'" (OWASP CSV injection advice).</summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>Quotes a cell when RFC 4180 requires it (separator, quote, CR or LF inside).</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void Append(string cell)
    {
        if (rowStarted)
        {
            row.Append(Delimiter);
        }

        row.Append(cell);
        rowStarted = true;
    }

    private void ResetRow()
    {
        row.Clear();
        rowStarted = false;
    }
}
