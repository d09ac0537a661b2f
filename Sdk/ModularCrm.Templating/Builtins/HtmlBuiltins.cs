using System.Text;
using System.Text.RegularExpressions;
using ModularCrm.Templating.Runtime;
using static ModularCrm.Templating.Builtins.Registry;

namespace ModularCrm.Templating.Builtins;

/// <summary>The `html` builtin object (and `html.raw`, the explicit opt-out of HTML-mode encoding).</summary>
internal static partial class HtmlBuiltins
{
    private const string UrlKept = "-_.~!#$&'()*+,/:;=?@[]";

    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("escape", "text", 1, (c, a) => a[0] is null ? null : Html.Encode(Str(c, a[0])));
        o.Def("newline_to_br", "text", 1, (c, a) => Str(c, a[0]).Replace("\r\n", "<br />\r\n", StringComparison.Ordinal).Replace("\n", "<br />\n", StringComparison.Ordinal));
        o.Def("strip", "text", 1, (c, a) => TagPattern().Replace(Str(c, a[0]), string.Empty));
        o.Def("url_encode", "text", 1, (c, a) => Uri.EscapeDataString(Str(c, a[0])));
        o.Def("url_escape", "text", 1, (c, a) => UrlEscape(Str(c, a[0])));
        return o;
    }

    private static string UrlEscape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var ch = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(ch) || UrlKept.Contains(ch, StringComparison.Ordinal)))
            {
                sb.Append(ch);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex("<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", RegexOptions.Singleline | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TagPattern();
}
