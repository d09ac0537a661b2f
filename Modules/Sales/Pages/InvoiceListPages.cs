using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary><c>/invoices</c> (every invoice) and <c>/invoices/overdue</c> (validated, not fully paid, due date passed; oldest due first).</summary>
internal static class InvoiceListPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/invoices", ListAsync);
        pages.MapGet("/invoices/overdue", OverdueAsync);
    }

    private static async Task<IResult> ListAsync(IShopDb db, IShopPages shop, CancellationToken ct)
    {
        var v = new SalesView(shop);
        var invoices = (IEnumerable<InvoiceView>)(await ApiOutcome.Reading(string.Empty).CallAsync(() => InvoiceEndpoints.ListAsync(db, null, ct))).Value!;
        var rows = invoices.Select(i => (IReadOnlyList<string>)
            [Link($"{v.Base}/invoices/{i.Id}", i.Number ?? v.T("brouillon", "draft")), E(i.CustomerName), E(v.Date(i.IssueDate)), E(StatusText.Invoice(v, i.Status)), E(v.Money(i.TotalInclVat)), E(v.Money(i.AmountDue))]).ToList();
        var body = $"<p>{Link($"{v.Base}/invoices/new", v.T("Nouvelle facture directe", "New direct invoice"))} · {Link($"{v.Base}/invoices/overdue", v.T("Factures en retard", "Overdue invoices"))} · {Link($"{v.Base}/invoices/reminders", v.T("Relances", "Reminders"))}</p>" + (rows.Count == 0
            ? $"<p class=\"muted\">{E(v.T("Aucune facture pour l'instant.", "No invoices yet."))}</p>"
            : Table([v.T("Numéro", "Number"), v.T("Client", "Customer"), v.T("Date", "Date"), v.T("Statut", "Status"), v.T("Total TTC", "Total incl. VAT"), v.T("Reste dû", "Amount due")], rows));
        return shop.Page(v.T("Factures", "Invoices"), body);
    }

    private static async Task<IResult> OverdueAsync(IShopDb db, IShopPages shop, TimeProvider clock, CancellationToken ct)
    {
        var v = new SalesView(shop);
        var today = PageActions.Today(clock);
        var overdue = await OverdueInvoices.ListAsync(db, today, ct);
        var rows = overdue.Select(s => InvoiceView.From(s) is var i ? (IReadOnlyList<string>)
            [
                Link($"{v.Base}/invoices/{i.Id}", i.Number!), E(i.CustomerName), E(v.Date(i.DueDate)), E(s.Invoice.DaysOverdue(today).ToString(v.Culture)), E(v.Money(i.AmountDue)),
            ] : []).ToList();
        var body = rows.Count == 0
            ? $"<p class=\"muted\">{E(v.T("Aucune facture en retard.", "No overdue invoices."))}</p>"
            : Table([v.T("Facture", "Invoice"), v.T("Client", "Customer"), v.T("Échéance", "Due date"), v.T("Jours de retard", "Days overdue"), v.T("Reste dû", "Amount due")], rows);
        return shop.Page(v.T("Factures en retard", "Overdue invoices"), body);
    }
}
