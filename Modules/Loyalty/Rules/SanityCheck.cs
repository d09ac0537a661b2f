using System.Globalization;

namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>
/// Warns when a program asks more than most customers give: a point rate that earns nothing on the usual basket, or a
/// threshold that fewer than half the customers reach within the period their units last. Computed from the module's
/// own record of purchases, so it needs nothing from the sales module.
/// </summary>
internal static class SanityCheck
{
    public const int MinimumPurchases = 10;
    public const int DefaultWindowDays = 365;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static SanityReport Check(LoyaltyProgram program, IReadOnlyList<Purchase> purchases)
    {
        var window = program.ExpiryDays ?? DefaultWindowDays;
        if (purchases.Count == 0)
        {
            return new SanityReport(0, 0, 0, 0, window, 0, [], false);
        }

        var amounts = purchases.Select(p => p.Amount).Order().ToList();
        var average = Math.Round(amounts.Average(), 2);
        var median = Math.Round(amounts.Count % 2 == 1 ? amounts[amounts.Count / 2] : (amounts[(amounts.Count / 2) - 1] + amounts[amounts.Count / 2]) / 2, 2);
        var best = purchases.GroupBy(p => p.ContactId).Select(g => BestWindow(program, g.ToList(), window)).ToList();
        var reaching = best.Count(units => units >= program.Threshold);
        var enough = purchases.Count >= MinimumPurchases;
        var warnings = new List<SanityWarning>();
        if (enough && program.Kind == ProgramKinds.Points && program.UnitsFor(average) < 1)
        {
            warnings.Add(new SanityWarning(
                "basket_below_one_point",
                string.Format(French, "Le panier moyen est de {0:C} : à {1} point(s) par euro (1 point pour {2:C}), un achat moyen ne rapporte aucun point.", average, program.PointsPerEuro, 1 / program.PointsPerEuro!.Value),
                new Dictionary<string, decimal> { ["averageBasket"] = average, ["pointsPerEuro"] = program.PointsPerEuro.Value, ["eurosPerPoint"] = Math.Round(1 / program.PointsPerEuro.Value, 2) }));
        }

        if (enough && reaching * 2 < best.Count)
        {
            var medianUnits = Median(best);
            warnings.Add(new SanityWarning(
                "threshold_rarely_reached",
                string.Format(French, "Seuls {0} client(s) sur {1} ({2:P0}) atteignent le seuil de {3} {4} en {5} jours ; le client médian en cumule {6}.", reaching, best.Count, (decimal)reaching / best.Count, program.Threshold, UnitName(program), window, medianUnits),
                new Dictionary<string, decimal>
                {
                    ["customers"] = best.Count,
                    ["customersReachingThreshold"] = reaching,
                    ["threshold"] = program.Threshold,
                    ["medianUnitsPerCustomer"] = medianUnits,
                    ["windowDays"] = window,
                    ["averageBasket"] = average,
                }));
        }

        return new SanityReport(purchases.Count, best.Count, average, median, window, reaching, warnings, enough);
    }

    // The most units a customer gathered in any window of the program's length: a fair chance to reach the threshold.
    private static decimal BestWindow(LoyaltyProgram program, List<Purchase> purchases, int window)
    {
        var ordered = purchases.OrderBy(p => p.Date).ToList();
        decimal best = 0;
        for (var start = 0; start < ordered.Count; start++)
        {
            var end = ordered[start].Date.AddDays(window);
            best = Math.Max(best, ordered.Skip(start).TakeWhile(p => p.Date < end).Sum(p => program.UnitsFor(p.Amount)));
        }

        return best;
    }

    private static decimal Median(List<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string UnitName(LoyaltyProgram program) => program.Kind switch
    {
        ProgramKinds.Points => "points",
        ProgramKinds.Amount => "€",
        _ => "achats",
    };
}
