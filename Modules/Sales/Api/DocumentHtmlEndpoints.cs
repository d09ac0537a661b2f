using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Rendering;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Templates;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// Print-ready HTML of every document from the module's templates (<c>Templates/documents/{type}.html.sbn</c>,
/// shop-overridable): <c>GET /quotes/{id}/html</c>, <c>/orders/…</c>, <c>/deliveries/…</c>, <c>/invoices/…</c>, <c>/credit-notes/…</c>.
/// </summary>
internal static class DocumentHtmlEndpoints
{
    /// <summary>Route collection → document type.</summary>
    public static readonly IReadOnlyDictionary<string, string> Collections = new Dictionary<string, string>
    {
        ["quotes"] = QuoteEndpoints.Document,
        ["orders"] = OrderEndpoints.Document,
        ["deliveries"] = DeliveryEndpoints.Document,
        ["invoices"] = InvoiceEndpoints.Document,
        ["credit-notes"] = CreditNoteEndpoints.Document,
    };

    public static void Map(IEndpointRouteBuilder sales)
    {
        foreach (var (collection, type) in Collections)
        {
            sales.MapGet($"/{collection}/{{id}}/html", (IShopDb db, ITemplateRenderer renderer, Guid id, CancellationToken ct) => HtmlAsync(db, renderer, type, id, ct))
                .WithTags("Sales")
                .WithName($"sales.{type}.html");
        }
    }

    internal static async Task<IResult> HtmlAsync(IShopDb db, ITemplateRenderer renderer, string type, Guid id, CancellationToken ct)
    {
        if (await DocumentLoader.LoadAsync(db, type, id, ct) is not { } document)
        {
            return SalesProblems.NotFound("Document", id);
        }

        return Results.Content(await renderer.RenderAsync(document.TemplateName, document.Model, ct), "text/html; charset=utf-8");
    }
}
