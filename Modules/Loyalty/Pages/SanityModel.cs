using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The sanity check as the program page shows it: the figures looked at, then each warning with its own figures.</summary>
internal static class SanityModel
{
    private static readonly Dictionary<string, (string Fr, string En)> FigureNames = new()
    {
        ["averageBasket"] = ("Panier moyen (€)", "Average basket (€)"),
        ["pointsPerEuro"] = ("Points par euro", "Points per euro"),
        ["eurosPerPoint"] = ("Euros pour un point", "Euros per point"),
        ["customers"] = ("Clients", "Customers"),
        ["customersReachingThreshold"] = ("Clients atteignant le seuil", "Customers reaching the threshold"),
        ["threshold"] = ("Seuil", "Threshold"),
        ["medianUnitsPerCustomer"] = ("Cumul du client médian", "Median customer's units"),
        ["windowDays"] = ("Période (jours)", "Period (days)"),
    };

    private static readonly Dictionary<string, (string Fr, string En)> WarningTitles = new()
    {
        ["basket_below_one_point"] = ("Le panier moyen ne rapporte pas un point", "The average basket earns less than one point"),
        ["threshold_rarely_reached"] = ("Le seuil est rarement atteint", "The threshold is rarely reached"),
    };

    public static object Of(PageKit kit, SanityReport report) => new
    {
        report.EnoughData,
        report.Purchases,
        report.Customers,
        report.AverageBasket,
        report.MedianBasket,
        report.WindowDays,
        report.CustomersReachingThreshold,
        Warnings = report.Warnings.Select(w => new
        {
            w.Code,
            Title = WarningTitles.TryGetValue(w.Code, out var title) ? kit.T(title.Fr, title.En) : w.Code,
            w.Message,
            Figures = w.Figures.Select(f => new
            {
                Label = FigureNames.TryGetValue(f.Key, out var name) ? kit.T(name.Fr, name.En) : f.Key,
                Value = kit.Number(f.Value),
            }).ToList(),
        }).ToList(),
    };
}
