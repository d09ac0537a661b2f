using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Templates;

namespace GiftCards.Pages;

/// <summary>The page <c>/shops/{shop}/gift-cards</c>, from the template <c>Templates/card.html.sbn</c>.</summary>
internal static class CardsPage
{
    /// <summary>The template's name: its path under <c>Templates/</c> without <c>.sbn</c>; <c>.html</c> = output encoded.</summary>
    public const string TemplateName = "card.html";

    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, ITemplateRenderer templates, CancellationToken ct)
    {
        var cards = await Api.CardStore.ListAsync(db, ct);
        // Through the host's renderer, not the embedded file: the shop's override wins, and money uses its culture.
        var html = await templates.RenderAsync(TemplateName, new { Count = cards.Count, Cards = cards }, ct);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
