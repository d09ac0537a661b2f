using System.Text;
using System.Text.Unicode;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Guesses encoding and separator from the first bytes of a file. Encoding: a byte order mark wins;
/// otherwise bytes that are not valid UTF-8 mean Windows-1252 (French Excel's "CSV (séparateur: point-virgule)").
/// Separator: Excel's "sep=X" hint line if present, else whichever of ';', ',' and tab appears most in
/// the header line outside quotes, ';' on a tie.
/// </summary>
public static class CsvFormatDetector
{
    private static readonly char[] Candidates = [';', ',', '\t'];

    /// <summary>Detects the format of a file whose first bytes are <paramref name="sample"/>.</summary>
    /// <param name="sample">The start of the file (64 KiB is plenty).</param>
    /// <param name="isWholeFile">True when the sample is the entire file, so a truncated last character is
    /// an encoding error rather than the sample's cut.</param>
    /// <param name="preambleLength">How many bytes of byte order mark to skip before reading text.</param>
    public static CsvFormat Detect(ReadOnlySpan<byte> sample, bool isWholeFile, out int preambleLength)
    {
        var (encoding, preamble) = DetectEncoding(sample, isWholeFile);
        preambleLength = preamble;
        var text = encoding.GetString(sample[preamble..]);
        return new CsvFormat(encoding, DetectDelimiter(text), preamble > 0);
    }

    /// <summary>The separator used in <paramref name="text"/>'s first line; Excel's "sep=;" hint line wins.</summary>
    public static char DetectDelimiter(string text)
    {
        if (text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && text.Length > 4 && text[4] is not ('\r' or '\n'))
        {
            return text[4];
        }

        Span<int> counts = stackalloc int[Candidates.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var i and >= 0)
            {
                counts[i]++;
            }
        }

        var best = 0;
        for (var i = 1; i < Candidates.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    private static (Encoding Encoding, int Preamble) DetectEncoding(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Windows1252Encoding.Utf8WithFallback, 3);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        var checkedPart = isWholeFile ? sample : WithoutCutCharacter(sample);
        return (Utf8.IsValid(checkedPart) ? Windows1252Encoding.Utf8WithFallback : Windows1252Encoding.Instance, 0);
    }

    // The sample may end in the middle of a multi-byte character; that is not an encoding error.
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> sample)
    {
        for (var back = 1; back <= 4 && back <= sample.Length; back++)
        {
            var b = sample[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte (or ASCII): drop it and what follows only if it starts a multi-byte character.
                return b >= 0xC0 ? sample[..^back] : sample;
            }
        }

        return sample;
    }
}
