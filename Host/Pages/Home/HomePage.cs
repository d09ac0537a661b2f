using System.Text;
using ModularCrm.Host.Pages.I18n;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Home;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.Home;

/// <summary>The shop's home page, <c>/shops/{shop}</c>: the figures of its enabled modules, charts where a figure has a history.</summary>
internal static class HomePage
{
    public static void Map(IEndpointRouteBuilder shop) => shop.MapGet("", RenderAsync);

    private static async Task<IResult> RenderAsync(HttpContext http, RequestShop current, HomeFigures home, CancellationToken ct)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var (figures, failed) = await home.CollectAsync(current.Shop, current.Role, ct);
        var body = new StringBuilder();
        if (figures.Count == 0)
        {
            body.Append($"<p>{E(t.NoFigures)}</p>");
        }
        else
        {
            body.Append($"<h2>{E(t.TodayFigures)}</h2><ul class=\"cards\">");
            foreach (var figure in figures)
            {
                var title = Title(figure.Figure, session.Language);
                var value = E(Format(figure.Figure.Value, figure.Figure.Kind, session.Formats));
                var label = figure.Href is null ? E(title) : $"<a href=\"{E(figure.Href)}\">{E(title)}</a>";
                body.Append($"<li class=\"card\"><span class=\"figure\">{value}</span><span class=\"label\">{label}</span></li>");
            }

            body.Append("</ul>");
            var index = 0;
            foreach (var figure in figures.Where(f => f.Figure.Series.Count > 0))
            {
                var points = figure.Figure.Series.Select(p => (session.Formats.DayMonth(p.Period), p.Value)).ToList();
                body.Append(SvgChart.Bars($"chart{index++}", Title(figure.Figure, session.Language), points, v => Format(v, figure.Figure.Kind, session.Formats)));
            }
        }

        foreach (var module in failed)
        {
            body.Append(Notice(string.Format(t.Culture, t.FiguresUnavailable, module), error: true));
        }

        return new LayoutResult(string.Format(t.Culture, t.HomeTitle, current.Shop.Name), body.ToString());
    }

    private static string Title(HomeFigure figure, string language) => language == UiLanguage.English ? figure.TitleEn : figure.TitleFr;

    private static string Format(decimal value, FigureKind kind, Formats formats) =>
        kind == FigureKind.Money ? formats.Money(value) : formats.Number(value);
}
