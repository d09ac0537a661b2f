using System.Text;

namespace ModularCrm.Templating.Runtime;

/// <summary>HTML encoding straight into the output builder (no intermediate string).</summary>
internal static class Html
{
    public static void Encode(StringBuilder output, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
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
