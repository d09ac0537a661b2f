using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;

namespace GiftCards.Pages;

/// <summary>The page <c>/shops/{shop}/gift-cards</c>, from the embedded template <c>Templates/card.sbn</c>.</summary>
internal static class CardsPage
{
    private static readonly Lazy<string> Template = new(() =>
    {
        using var stream = typeof(CardsPage).Assembly.GetManifestResourceStream("Templates/card.sbn")
            ?? throw new InvalidOperationException("Templates/card.sbn is not embedded in the module.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, CancellationToken ct)
    {
        var cards = await Api.CardStore.ListAsync(db, ct);
        // One variable, no markup in the value: a plain substitution until the SDK exposes the template engine.
        var html = Template.Value.Replace("{{ count }}", cards.Count.ToString(CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
