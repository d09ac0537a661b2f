using System.Globalization;
using System.Text;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.Home;

/// <summary>
/// A bar chart drawn on the server as inline SVG: no script, readable by screen readers (role img, a title and a
/// description listing every value), scales with the page.
/// </summary>
internal static class SvgChart
{
    private const int Width = 600;
    private const int Height = 240;
    private const int Top = 24;
    private const int Bottom = 28;

    public static string Bars(string id, string title, IReadOnlyList<(string Label, decimal Value)> points, Func<decimal, string> format)
    {
        if (points.Count == 0)
        {
            return string.Empty;
        }

        var max = Math.Max(points.Max(p => p.Value), 1m);
        var slot = (double)Width / points.Count;
        var barWidth = Math.Max(slot * 0.6, 2);
        var plot = Height - Top - Bottom;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<figure class="chart"><svg viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="{id}-title {id}-desc">""");
        svg.Append($"<title id=\"{id}-title\">{E(title)}</title>");
        svg.Append($"<desc id=\"{id}-desc\">{E(string.Join(", ", points.Select(p => $"{p.Label} : {format(p.Value)}")))}</desc>");
        for (var i = 0; i < points.Count; i++)
        {
            var (label, value) = points[i];
            var height = value <= 0 ? 0 : Math.Max((double)(value / max) * plot, 1);
            var x = (i * slot) + ((slot - barWidth) / 2);
            var y = Top + plot - height;
            var centre = x + (barWidth / 2);
            svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{x:0.#}" y="{y:0.#}" width="{barWidth:0.#}" height="{height:0.#}"></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{centre:0.#}" y="{y - 6:0.#}" text-anchor="middle">{E(format(value))}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{centre:0.#}" y="{Height - 8}" text-anchor="middle">{E(label)}</text>""");
        }

        svg.Append($"</svg><figcaption>{E(title)}</figcaption></figure>");
        return svg.ToString();
    }
}
