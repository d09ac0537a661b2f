using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>The shop's numbering masks: <c>/api/shops/{shop}/sales/numbering</c>.</summary>
internal static class NumberingEndpoints
{
    public static void Map(IEndpointRouteBuilder sales)
    {
        var numbering = sales.MapGroup("/numbering").WithTags("Sales");
        numbering.MapGet("/", ListAsync).WithName("sales.numbering.list");
        numbering.MapPut("/{type}", SetAsync).WithName("sales.numbering.set");
    }

    internal static async Task<IResult> ListAsync(IShopDb db, CancellationToken ct)
    {
        var masks = new Dictionary<string, string>();
        foreach (var type in Enum.GetValues<SalesDocumentType>())
        {
            masks[type.ToString()] = (await DocumentNumbering.MaskAsync(db, type, ct)).Text;
        }

        return Results.Ok(masks);
    }

    internal static async Task<IResult> SetAsync(IShopDb db, string type, MaskInput input, CancellationToken ct)
    {
        if (!Enum.TryParse<SalesDocumentType>(type, ignoreCase: true, out var documentType) || int.TryParse(type, out _))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Type de document inconnu",
                detail: $"Aucune numérotation « {type} » : {string.Join(", ", Enum.GetNames<SalesDocumentType>())}.");
        }

        // Parse refuses a bad mask with its code and reason (422 through the module's filter).
        var mask = NumberingMask.Parse(input.Mask ?? string.Empty);
        await db.ExecuteAsync(
            db.Dialect.Upsert("sales_numbering_masks", ["shop_id", "document_type"], ["mask"]),
            new { document_type = documentType.ToString(), mask = mask.Text },
            ct);
        return Results.Ok(new { type = documentType.ToString(), mask = mask.Text });
    }
}
