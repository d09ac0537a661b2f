using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary><c>/quotes</c>: every quote of the shop, newest first, each a link to its page.</summary>
internal static class QuoteListPage
{
    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/quotes", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, IShopPages shop, CancellationToken ct)
    {
        var v = new SalesView(shop);
        var quotes = (IEnumerable<QuoteView>)(await ApiOutcome.Reading(string.Empty).CallAsync(() => QuoteEndpoints.ListAsync(db, null, ct))).Value!;
        var rows = quotes.Select(q => (IReadOnlyList<string>)
        [
            Link($"{v.Base}/quotes/{q.Id}", q.Number ?? v.T("brouillon", "draft")), E(q.CustomerName), E(v.Date(q.Date)), E(StatusText.Quote(v, q.Status)), E(v.Money(q.TotalInclVat)),
        ]).ToList();
        var body = $"<p>{Link($"{v.Base}/quotes/new", v.T("Nouveau devis", "New quote"))}</p>" + (rows.Count == 0
            ? $"<p class=\"muted\">{E(v.T("Aucun devis pour l'instant.", "No quotes yet."))}</p>"
            : Table([v.T("Numéro", "Number"), v.T("Client", "Customer"), v.T("Date", "Date"), v.T("Statut", "Status"), v.T("Total TTC", "Total incl. VAT")], rows));
        return shop.Page(v.T("Devis", "Quotes"), body);
    }
}
