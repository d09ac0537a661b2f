namespace ModularCrm.Sdk.Home;

/// <summary>
/// A figure a module shows on the shop's home page (e.g. "contacts added this month"). The host formats
/// <see cref="Value"/> in the user's locale according to <see cref="Kind"/> and draws <see cref="Series"/>, when
/// given, as a bar chart.
/// </summary>
/// <param name="TitleFr">Title shown to French users.</param>
/// <param name="TitleEn">Title shown to English users.</param>
/// <param name="Value">The figure.</param>
/// <param name="Kind">How to format it.</param>
/// <param name="Path">Optional link, relative to the module's pages (<c>""</c> for its first page).</param>
public sealed record HomeFigure(string TitleFr, string TitleEn, decimal Value, FigureKind Kind = FigureKind.Count, string? Path = null)
{
    /// <summary>Optional history drawn as a chart, oldest first: one point per period (day, week or month).</summary>
    public IReadOnlyList<HomeFigurePoint> Series { get; init; } = [];
}
