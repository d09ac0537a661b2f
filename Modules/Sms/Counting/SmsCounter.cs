namespace ModularCrm.Modules.Sms.Counting;

/// <summary>
/// Chooses the encoding of a text and counts its segments. A single SMS carries 160 septets or 70 UTF-16 units; a
/// concatenated one loses room to its header (153 / 67), and a part never splits an escape sequence or a surrogate
/// pair, so segments are counted by filling parts the way a sending modem does, not by dividing.
/// </summary>
internal static class SmsCounter
{
    public const int GsmSingle = 160;
    public const int GsmPart = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Part = 67;

    public static SmsMeasure Measure(string text)
    {
        var sizes = new int[text.Length];
        var gsm = true;
        for (var i = 0; i < text.Length && gsm; i++)
        {
            sizes[i] = GsmAlphabet.Septets(text[i]);
            gsm = sizes[i] > 0;
        }

        if (gsm)
        {
            return new SmsMeasure(SmsEncoding.Gsm7, sizes.Sum(), Segments(sizes, GsmSingle, GsmPart));
        }

        // A surrogate pair is one unit of size 2: it cannot be cut between two parts.
        var units = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            units.Add(pair ? 2 : 1);
            i += pair ? 1 : 0;
        }

        return new SmsMeasure(SmsEncoding.Ucs2, text.Length, Segments(units, Ucs2Single, Ucs2Part));
    }

    private static int Segments(IReadOnlyCollection<int> sizes, int single, int part)
    {
        var total = sizes.Sum();
        if (total <= single)
        {
            return total == 0 ? 0 : 1;
        }

        var segments = 1;
        var used = 0;
        foreach (var size in sizes)
        {
            if (used + size > part)
            {
                segments++;
                used = 0;
            }

            used += size;
        }

        return segments;
    }
}
