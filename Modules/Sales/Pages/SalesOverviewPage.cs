using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Modules.Sales.Domain.Quotes;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// <c>/shops/{shop}/sales</c>: the latest quotes, orders, delivery notes, invoices and credit notes of the shop, each
/// with its print view (HTML) and PDF, so staff can find and print a document from the menu.
/// </summary>
internal static class SalesOverviewPage
{
    public const int PerSection = 20;

    // Each SELECT names the document's own table x (the shop filter and the order apply to it).
    private static readonly Section[] Sections =
    [
        new("quotes", "Devis", "Quotes", "SELECT x.id AS Id, x.number AS Number, x.status AS Status, x.customer_name AS CustomerName, x.issue_date AS IssueDate, x.total_incl_vat AS TotalInclVat FROM sales_quotes x", s => FrenchLabels.Of(Enum.Parse<QuoteStatus>(s))),
        new("orders", "Commandes", "Orders", "SELECT x.id AS Id, x.number AS Number, x.status AS Status, x.customer_name AS CustomerName, x.issue_date AS IssueDate, x.total_incl_vat AS TotalInclVat FROM sales_orders x", s => FrenchLabels.Of(Enum.Parse<OrderStatus>(s))),

        // Delivery notes are numbered when made (no draft) and carry the customer's name on their order only.
        new(
            "deliveries",
            "Bons de livraison",
            "Delivery notes",
            "SELECT x.id AS Id, x.number AS Number, 'Delivered' AS Status, o.customer_name AS CustomerName, x.delivery_date AS IssueDate, NULL AS TotalInclVat FROM sales_delivery_notes x JOIN sales_orders o ON o.shop_id = x.shop_id AND o.id = x.order_id",
            _ => "livré"),
        new("invoices", "Factures", "Invoices", "SELECT x.id AS Id, x.number AS Number, x.status AS Status, x.customer_name AS CustomerName, x.issue_date AS IssueDate, x.total_incl_vat AS TotalInclVat FROM sales_invoices x", s => FrenchLabels.Of(Enum.Parse<InvoiceStatus>(s))),
        new("credit-notes", "Avoirs", "Credit notes", "SELECT x.id AS Id, x.number AS Number, x.status AS Status, i.customer_name AS CustomerName, x.issue_date AS IssueDate, x.total_incl_vat AS TotalInclVat FROM sales_credit_notes x JOIN sales_invoices i ON i.shop_id = x.shop_id AND i.id = x.invoice_id", s => FrenchLabels.Of(Enum.Parse<CreditNoteStatus>(s))),
    ];

    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, IShopPages pages, CancellationToken ct)
    {
        var english = pages.Language == "en";
        var api = "/api" + pages.BasePath;
        var sections = new List<object>();
        foreach (var section in Sections)
        {
            var rows = await db.QueryAsync<DocumentSummary>(
                db.Dialect.Page($"{section.Select} WHERE x.shop_id = @shop ORDER BY x.created_at DESC, x.id"),
                new { offset = 0, limit = PerSection },
                ct);
            sections.Add(new
            {
                Title = english ? section.TitleEn : section.TitleFr,
                Documents = rows.Select(r => new
                {
                    Number = r.Number ?? (english ? "draft" : "brouillon"),
                    Status = english ? r.Status : section.FrenchStatus(r.Status),
                    r.CustomerName,
                    IssueDate = SqlDates.ReadOptional(r.IssueDate)?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    TotalInclVat = r.TotalInclVat is null ? (decimal?)null : SqlNumbers.Decimal(r.TotalInclVat),
                    HtmlHref = $"{api}/{section.Route}/{r.Id}/html",
                    PdfHref = $"{api}/{section.Route}/{r.Id}/pdf",
                }).ToList(),
            });
        }

        return await pages.RenderAsync(english ? "Sales" : "Ventes", "pages/overview.html", new { English = english, Sections = sections }, cancellationToken: ct);
    }

    private sealed record Section(string Route, string TitleFr, string TitleEn, string Select, Func<string, string> FrenchStatus);
}
