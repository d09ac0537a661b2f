using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Blog.Comments;

/// <summary>Moderation for staff: <c>/api/shops/{shop}/blog/comments</c> (list by status, approve, reject, delete).</summary>
internal static class CommentEndpoints
{
    public const int PageSize = 50;

    public static void Map(IEndpointRouteBuilder api)
    {
        var comments = api.MapGroup("/comments").WithTags("Blog");
        comments.MapGet("/", ListAsync).WithName("blog.comments.list");
        comments.MapPost("/{id:long}/approve", (IShopDb db, TimeProvider clock, long id, CancellationToken ct) => ModerateAsync(db, clock, id, CommentStatus.Approved, ct))
            .WithName("blog.comments.approve");
        comments.MapPost("/{id:long}/reject", (IShopDb db, TimeProvider clock, long id, CancellationToken ct) => ModerateAsync(db, clock, id, CommentStatus.Rejected, ct))
            .WithName("blog.comments.reject");
        comments.MapDelete("/{id:long}", DeleteAsync).WithName("blog.comments.delete");
    }

    public static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Commentaire introuvable", detail: $"Aucun commentaire n° {id} dans cette boutique.");

    private static async Task<IResult> ListAsync(IShopDb db, string? status, int? page, CancellationToken ct)
    {
        if (status is not null && !CommentStatus.All.Contains(status))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Valeur attendue : {string.Join(", ", CommentStatus.All)}."] });
        }

        return Results.Ok(await CommentStore.ListAsync(db, status, (Math.Max(page ?? 1, 1) - 1) * PageSize, PageSize, ct));
    }

    private static async Task<IResult> ModerateAsync(IShopDb db, TimeProvider clock, long id, string status, CancellationToken ct) =>
        await CommentStore.SetStatusAsync(db, id, status, clock.GetUtcNow(), ct) == 0 ? NotFound(id) : Results.Ok(await CommentStore.FindAsync(db, id, ct));

    private static async Task<IResult> DeleteAsync(IShopDb db, long id, CancellationToken ct) =>
        await CommentStore.DeleteAsync(db, id, ct) == 0 ? NotFound(id) : Results.NoContent();
}
