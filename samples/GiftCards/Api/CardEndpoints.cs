using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;

namespace GiftCards.Api;

/// <summary>The gift cards API: <c>/api/shops/{shop}/gift-cards/cards</c>.</summary>
internal static class CardEndpoints
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/cards", ListAsync);

    private static async Task<IResult> ListAsync(IShopDb db, CancellationToken ct) =>
        Results.Ok(await CardStore.ListAsync(db, ct));
}
