using System.Globalization;
using System.Text;

namespace ModularCrm.Modules.Emailing.Pages;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (no script): <c>role="img"</c> named by its <c>title</c> and
/// described by its <c>desc</c>, which spells every figure out; the page shows the same figures as a table.
/// </summary>
internal static class CampaignChart
{
    private const int Width = 640;
    private const int LabelWidth = 190;
    private const int BarHeight = 22;
    private const int Gap = 10;

    public static string Svg(string id, string title, string description, IReadOnlyList<(string Label, long Value)> bars, CultureInfo culture)
    {
        var max = Math.Max(1, bars.Max(b => b.Value));
        var height = bars.Count * (BarHeight + Gap) + Gap;
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" ")
            .Append(CultureInfo.InvariantCulture, $"aria-labelledby=\"{id}-title {id}-desc\" class=\"emailing-chart\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = Gap + i * (BarHeight + Gap);
            var length = (int)Math.Round((Width - LabelWidth - 70) * (double)value / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"13\">{E(label)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"#2f6db5\"></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 16}\" font-size=\"13\">{value.ToString("N0", culture)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string E(string text) => PageHtml.E(text);
}
