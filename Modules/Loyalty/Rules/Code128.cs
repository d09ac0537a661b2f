using System.Globalization;
using System.Text;

namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>
/// Code 128 barcodes, drawn as SVG: code set C (two digits a symbol) for an even run of digits such as a card number,
/// code set B for anything else printable. Any shop scanner reads them; no package needed for 107 patterns.
/// </summary>
internal static class Code128
{
    private const int StartB = 104;
    private const int StartC = 105;
    private const int Stop = 106;
    private const int QuietZone = 10;

    // Bar, space, bar, space... widths in modules; index = symbol value (ISO/IEC 15417 table).
    private static readonly string[] Patterns =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    /// <summary>The symbol values of <paramref name="text"/>: start, data, check symbol, stop.</summary>
    public static IReadOnlyList<int> Symbols(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var symbols = new List<int>();
        if (text.Length % 2 == 0 && text.All(char.IsAsciiDigit))
        {
            symbols.Add(StartC);
            for (var i = 0; i < text.Length; i += 2)
            {
                symbols.Add(int.Parse(text.AsSpan(i, 2), CultureInfo.InvariantCulture));
            }
        }
        else
        {
            if (text.Any(c => c is < ' ' or > '~'))
            {
                throw new ArgumentException("Code 128 B encodes printable ASCII only.", nameof(text));
            }

            symbols.Add(StartB);
            symbols.AddRange(text.Select(c => c - ' '));
        }

        var check = symbols[0];
        for (var i = 1; i < symbols.Count; i++)
        {
            check += symbols[i] * i;
        }

        symbols.Add(check % 103);
        symbols.Add(Stop);
        return symbols;
    }

    /// <summary>The run widths in modules, bars and spaces alternating, starting with a bar.</summary>
    public static IReadOnlyList<int> Modules(string text) =>
        Symbols(text).SelectMany(s => Patterns[s].Select(c => c - '0')).ToList();

    /// <summary>A standalone SVG: the bars, a quiet zone on each side and the text under them.</summary>
    public static string Svg(string text, int moduleWidth = 2, int height = 60)
    {
        var runs = Modules(text);
        var width = (runs.Sum() + (2 * QuietZone)) * moduleWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height + 20}\" viewBox=\"0 0 {width} {height + 20}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height + 20}\" fill=\"#fff\"/>");
        var x = QuietZone * moduleWidth;
        for (var i = 0; i < runs.Count; i++)
        {
            var w = runs[i] * moduleWidth;
            if (i % 2 == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"0\" width=\"{w}\" height=\"{height}\" fill=\"#000\"/>");
            }

            x += w;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{height + 15}\" font-family=\"monospace\" font-size=\"14\" text-anchor=\"middle\">{System.Net.WebUtility.HtmlEncode(text)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
