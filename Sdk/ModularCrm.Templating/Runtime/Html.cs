using System.Text;

namespace ModularCrm.Templating.Runtime;

/// <summary>HTML encoding straight into the output builder (no intermediate string).</summary>
internal static class Html
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    public static void Encode(StringBuilder output, string text)
    {
        // Vectorised scan: most values contain nothing to encode and are appended in one piece.
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            output.Append(text);
            return;
        }

        var start = 0;
        for (var i = first; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            output.Append(text, start, i - start).Append(replacement);
            start = i + 1;
        }

        output.Append(text, start, text.Length - start);
    }

    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        Encode(sb, text);
        return sb.ToString();
    }
}
