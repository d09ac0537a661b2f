using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;

namespace MyModule.Api;

/// <summary>The API: <c>/api/shops/{shop}/mymodule/notes</c>.</summary>
internal static class NoteEndpoints
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/notes", ListAsync);

    private static async Task<IResult> ListAsync(IShopDb db, CancellationToken ct) => Results.Ok(await NoteStore.ListAsync(db, ct));
}
