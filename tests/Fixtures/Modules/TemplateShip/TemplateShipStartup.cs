using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Templates;

namespace ModularCrm.Fixtures.TemplateShip;

/// <summary>
/// Renders any of its templates by name with a fixed receipt (1 254 €, 23 November 2026) and the customer name from
/// the query string, the way a real module renders a document: through the SDK only.
/// </summary>
public sealed class TemplateShipStartup : ModuleStartup
{
    public override void MapApi(IEndpointRouteBuilder api) =>
        api.MapGet("/render/{**name}", async (ITemplateRenderer renderer, string name, string? customer, CancellationToken ct) =>
        {
            try
            {
                var receipt = new Receipt(customer ?? "Marie Revel", 1254m, new DateTime(2026, 11, 23));
                return Results.Text(await renderer.RenderAsync(name, receipt, ct), "text/plain; charset=utf-8");
            }
            catch (TemplateNotFoundException ex)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: ex.Message);
            }
        });

    /// <summary>The model every template of this module gets.</summary>
    public sealed record Receipt(string CustomerName, decimal Total, DateTime IssuedOn);
}
