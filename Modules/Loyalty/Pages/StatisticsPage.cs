using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary><c>/statistics?from=&amp;to=</c>: the API's <see cref="StatisticsEndpoints.ComputeAsync"/> figures over a period (a GET form).</summary>
internal static class StatisticsPage
{
    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/statistics", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, IShopPages pages, TimeProvider clock, string? from, string? to, CancellationToken ct)
    {
        var kit = new PageKit(pages);
        var outcome = await StatisticsEndpoints.ComputeAsync(db, clock, from, to, ct);
        var errors = outcome.FormErrors();
        var s = outcome.Value;
        var model = new
        {
            kit.English,
            Menu = kit.Menu("/statistics"),
            Action = $"{kit.Base}/statistics",
            FieldsHtml = FormHtml.Fields(
            [
                new FormField("from", kit.T("Du", "From"), s is null ? from : s.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), PageKit.Error(errors, "from"), "date"),
                new FormField("to", kit.T("Au", "To"), s is null ? to : s.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), PageKit.Error(errors, "to"), "date"),
            ]),
            Figures = s is null ? null : new[]
            {
                new { Label = kit.T("Cartes", "Cards"), Value = kit.Number(s.Cards) },
                new { Label = kit.T("Cartes émises sur la période", "Cards issued in the period"), Value = kit.Number(s.CardsIssued) },
                new { Label = kit.T("Cartes actives (titulaires ayant acheté)", "Active cards (holders who bought)"), Value = kit.Number(s.ActiveCards) },
                new { Label = kit.T("Récompenses émises", "Rewards issued"), Value = kit.Number(s.RewardsIssued) },
                new { Label = kit.T("Récompenses utilisées", "Rewards used"), Value = kit.Number(s.RewardsUsed) },
                new { Label = kit.T("Récompenses expirées sans usage", "Rewards expired unused"), Value = kit.Number(s.RewardsExpiredUnused) },
                new { Label = kit.T("Clients", "Customers"), Value = kit.Number(s.Customers) },
                new { Label = kit.T("Clients revenus (2 achats ou plus)", "Repeat customers (2+ purchases)"), Value = kit.Number(s.RepeatCustomers) },
                new { Label = kit.T("Taux de réachat", "Repeat rate"), Value = $"{kit.Number(s.RepeatRate * 100)} %" },
            },
            RevenueHolders = s?.RevenueCardHolders,
            RevenueOthers = s?.RevenueOthers,
            Programs = s?.Programs.Select(p => new
            {
                p.Name,
                Issued = kit.Number(p.UnitsIssued),
                Reversed = kit.Number(p.UnitsReversed),
                Converted = kit.Number(p.UnitsConverted),
            }).ToList(),
        };
        var status = outcome.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return await pages.RenderAsync(kit.T("Statistiques de fidélité", "Loyalty statistics"), "pages/statistics.html", model, status, ct);
    }
}
