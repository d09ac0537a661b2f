using System.Text;

namespace ModularCrm.Templating.Runtime;

/// <summary>HTML encoding straight into the output builder (no intermediate string).</summary>
internal static class Html
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    public static void Encode(StringBuilder output, string text) => Encode(output, text.AsSpan());

    public static void Encode(StringBuilder output, ReadOnlySpan<char> text)
    {
        // Vectorised scan: most values contain nothing to encode and are appended in one piece.
        var first = text.IndexOfAny(Special);
        while (first >= 0)
        {
            output.Append(text[..first]).Append(text[first] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(first + 1)..];
            first = text.IndexOfAny(Special);
        }

        output.Append(text);
    }

    public static string Encode(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        Encode(sb, text);
        return sb.ToString();
    }
}
