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
/// with its page, print view (HTML) and PDF, and the links to every other sales page (new quote, lists, catalog, settings).
/// </summary>
internal static class SalesOverviewPage
{
    public const int PerSection = 20;

    private static readonly Section[] Sections =
    [
        new("quotes", "Devis", "Quotes", "sales_quotes", s => FrenchLabels.Of(Enum.Parse<QuoteStatus>(s))),
        new("orders", "Commandes", "Orders", "sales_orders", s => FrenchLabels.Of(Enum.Parse<OrderStatus>(s))),

        // Delivery notes are numbered when made (no draft) and carry the customer's name on their order only.
        new("deliveries", "Bons de livraison", "Delivery notes", "sales_delivery_notes", _ => "livré")
        {
            Status = "'Delivered'",
            Customer = "o.customer_name",
            Date = "x.delivery_date",
            Total = "NULL",
            Join = "JOIN sales_orders o ON o.shop_id = x.shop_id AND o.id = x.order_id",
        },
        new("invoices", "Factures", "Invoices", "sales_invoices", s => FrenchLabels.Of(Enum.Parse<InvoiceStatus>(s))),
        new("credit-notes", "Avoirs", "Credit notes", "sales_credit_notes", s => FrenchLabels.Of(Enum.Parse<CreditNoteStatus>(s)))
        {
            Customer = "i.customer_name",
            Join = "JOIN sales_invoices i ON i.shop_id = x.shop_id AND i.id = x.invoice_id",
        },
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
                    PageHref = $"{pages.BasePath}/{section.Route}/{r.Id}",
                    HtmlHref = $"{api}/{section.Route}/{r.Id}/html",
                    PdfHref = $"{api}/{section.Route}/{r.Id}/pdf",
                }).ToList(),
            });
        }

        return await pages.RenderAsync(english ? "Sales" : "Ventes", "pages/overview.html", new { English = english, Base = pages.BasePath, Sections = sections }, cancellationToken: ct);
    }

    /// <summary>A document type: its API route, titles, table (aliased <c>x</c>) and where its columns come from.</summary>
    private sealed record Section(string Route, string TitleFr, string TitleEn, string Table, Func<string, string> FrenchStatus)
    {
        public string Status { get; init; } = "x.status";

        public string Customer { get; init; } = "x.customer_name";

        public string Date { get; init; } = "x.issue_date";

        public string Total { get; init; } = "x.total_incl_vat";

        public string Join { get; init; } = string.Empty;

        public string Select =>
            $"SELECT x.id AS Id, x.number AS Number, {Status} AS Status, {Customer} AS CustomerName, {Date} AS IssueDate, {Total} AS TotalInclVat FROM {Table} x {Join}";
    }
}
