using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Documents;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>
/// The printable card: <c>/cards/{number}/print</c> (an HTML page at the size of a bank card, with its print rules)
/// and <c>/cards/{number}/pdf</c>, the same page through the host's <see cref="IPdfRenderer"/> (503 without a browser).
/// </summary>
internal static class CardPrintEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/cards/{number}/print", PrintAsync).WithTags("Loyalty").WithName("loyalty.cards.print");
        api.MapGet("/cards/{number}/pdf", PdfAsync).WithTags("Loyalty").WithName("loyalty.cards.pdf");
    }

    private static async Task<IResult> PrintAsync(IShopDb db, ITemplateRenderer templates, ShopContext shop, string number, CancellationToken ct) =>
        await HtmlAsync(db, templates, shop, number, ct) is { } html
            ? Results.Content(html, "text/html; charset=utf-8")
            : CardEndpoints.NotFound(number);

    private static async Task<IResult> PdfAsync(IShopDb db, ITemplateRenderer templates, IPdfRenderer pdf, ShopContext shop, string number, CancellationToken ct)
    {
        if (await HtmlAsync(db, templates, shop, number, ct) is not { } html)
        {
            return CardEndpoints.NotFound(number);
        }

        try
        {
            return Results.File(await pdf.RenderAsync(html, ct), "application/pdf", $"carte-{CardNumbers.Normalize(number)}.pdf");
        }
        catch (PdfRendererUnavailableException exception)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "PDF indisponible",
                detail: exception.Message,
                extensions: new Dictionary<string, object?> { ["code"] = "pdf.unavailable", ["html"] = "print" });
        }
    }

    /// <summary>The printable card of <paramref name="number"/> (a whole HTML document), or null when the shop has no such card.</summary>
    public static async Task<string?> HtmlAsync(IShopSql db, ITemplateRenderer templates, ShopContext shop, string number, CancellationToken ct)
    {
        if (await CardStore.FindByNumberAsync(db, CardNumbers.Normalize(number), ct) is not { } card)
        {
            return null;
        }

        var model = new
        {
            ShopName = shop.Name,
            card.Number,
            Grouped = string.Join(' ', card.Number.Chunk(4).Select(c => new string(c))),
            card.HolderName,
            BarcodeSvg = Code128.Svg(card.Number),
        };
        return await templates.RenderAsync("cards/print.html", model, ct);
    }
}
