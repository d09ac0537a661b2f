using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// Walks the chain both ways and reads who did what: <c>GET /documents/{type}/{id}/links</c> (sources and follow-ups)
/// and <c>GET /documents/{type}/{id}/audit</c>; type is quote, order, delivery_note, invoice or credit_note.
/// </summary>
internal static class DocumentTrailEndpoints
{
    private static readonly string[] Types =
        [QuoteEndpoints.Document, OrderEndpoints.Document, DeliveryEndpoints.Document, InvoiceEndpoints.Document, CreditNoteEndpoints.Document];

    public static void Map(IEndpointRouteBuilder sales)
    {
        var documents = sales.MapGroup("/documents/{type}/{id}").WithTags("Sales");
        documents.MapGet("/links", LinksAsync).WithName("sales.documents.links");
        documents.MapGet("/audit", AuditAsync).WithName("sales.documents.audit");
    }

    internal static async Task<IResult> LinksAsync(IShopDb db, string type, Guid id, CancellationToken ct) =>
        UnknownType(type) ?? Results.Ok((await DocumentLinks.ForAsync(db, id, ct)).Select(l => new { direction = l.Direction, type = l.Type, id = Guid.Parse(l.Id) }));

    internal static async Task<IResult> AuditAsync(IShopDb db, string type, Guid id, CancellationToken ct) =>
        UnknownType(type) ?? Results.Ok((await AuditTrail.ForAsync(db, type, id, ct)).Select(a => new { action = a.Action, user = a.UserName, detail = a.Detail, at = a.At }));

    private static IResult? UnknownType(string type) =>
        Types.Contains(type)
            ? null
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Type de document inconnu", detail: $"« {type} » : {string.Join(", ", Types)}.");
}
