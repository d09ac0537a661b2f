using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Rendering;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Documents;
using ModularCrm.Sdk.Templates;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// PDF of every document (<c>GET /invoices/{id}/pdf</c>, <c>/quotes/…</c>, ...): the HTML view printed by the host's
/// <see cref="IPdfRenderer"/>. A numbered document's PDF is produced once, stored and served identical afterwards;
/// a draft's is produced each time. Without a browser the answer is 503 and the HTML view still works.
/// </summary>
internal static class DocumentPdfEndpoints
{
    private static readonly string[] LegalDocuments = [InvoiceEndpoints.Document, CreditNoteEndpoints.Document];

    public static void Map(IEndpointRouteBuilder sales)
    {
        foreach (var (collection, type) in DocumentHtmlEndpoints.Collections)
        {
            sales.MapGet(
                    $"/{collection}/{{id}}/pdf",
                    (IShopDb db, ITemplateRenderer renderer, IPdfRenderer pdf, TimeProvider clock, Guid id, CancellationToken ct) => PdfAsync(db, renderer, pdf, clock, type, id, ct))
                .WithTags("Sales")
                .WithName($"sales.{type}.pdf");
        }
    }

    internal static async Task<IResult> PdfAsync(IShopDb db, ITemplateRenderer renderer, IPdfRenderer pdf, TimeProvider clock, string type, Guid id, CancellationToken ct)
    {
        if (await DocumentLoader.LoadAsync(db, type, id, ct) is not { } document)
        {
            return SalesProblems.NotFound("Document", id);
        }

        var fileName = $"{document.Model.Number ?? "brouillon-" + id.ToString("N")[..8]}.pdf";
        if (document.IsFinal && await PdfStore.FindAsync(db, type, id, ct) is { } stored)
        {
            return Results.File(stored, "application/pdf", fileName);
        }

        if (document.IsFinal && LegalDocuments.Contains(type) && !document.Model.Seller.Configured)
        {
            // A stored invoice PDF is what the customer keeps: it must not be frozen without the legal mentions.
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Mentions légales manquantes",
                detail: "Renseignez les mentions légales de la boutique (PUT …/sales/settings) avant de produire le PDF définitif ; la vue HTML reste disponible.",
                extensions: new Dictionary<string, object?> { ["code"] = "settings.legal_missing", ["field"] = "legalName" });
        }

        byte[] bytes;
        try
        {
            bytes = await pdf.RenderAsync(await renderer.RenderAsync(document.TemplateName, document.Model, ct), ct);
        }
        catch (PdfRendererUnavailableException exception)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "PDF indisponible",
                detail: exception.Message,
                extensions: new Dictionary<string, object?> { ["code"] = "pdf.unavailable", ["html"] = $"{id}/html" });
        }

        if (document.IsFinal)
        {
            bytes = await PdfStore.KeepFirstAsync(db, type, id, bytes, clock.GetUtcNow(), ct);
        }

        return Results.File(bytes, "application/pdf", fileName);
    }
}
