using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Blog.Content;
using ModularCrm.Modules.Blog.Public;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Posts;

/// <summary>Posts for staff: <c>/api/shops/{shop}/blog/posts</c>, and the cover image as the raw body of <c>PUT .../cover</c>.</summary>
internal static class PostEndpoints
{
    public const int ApiPageSize = 50;

    public static void Map(IEndpointRouteBuilder api)
    {
        var posts = api.MapGroup("/posts").WithTags("Blog");
        posts.MapGet("/", ListAsync).WithName("blog.posts.list");
        posts.MapGet("/{id:long}", GetAsync).WithName("blog.posts.get");
        posts.MapPost("/", CreateAsync).WithName("blog.posts.create");
        posts.MapPut("/{id:long}", UpdateAsync).WithName("blog.posts.update");
        posts.MapDelete("/{id:long}", DeleteAsync).WithName("blog.posts.delete");
        posts.MapPut("/{id:long}/cover", PutCoverAsync).WithName("blog.posts.cover.put");
        posts.MapDelete("/{id:long}/cover", DeleteCoverAsync).WithName("blog.posts.cover.delete");
    }

    public static IResult Invalid(FormErrors errors) => errors.ToProblem("Article refusé");

    public static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article introuvable", detail: $"Aucun article n° {id} dans cette boutique.");

    /// <summary>The answer to a refused image, naming the field <c>cover</c>.</summary>
    public static string CoverError(string code, BlogOptions options) => code == MediaStore.TooLarge
        ? $"L'image dépasse {options.MaxCoverBytes / 1024} Ko."
        : "Ce fichier n'est pas une image JPEG, PNG ou WebP.";

    private static async Task<IResult> ListAsync(HttpRequest request, IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock, string? status, int? page, CancellationToken ct)
    {
        if (status is not null && !PostStatus.All.Contains(status))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Valeur attendue : {string.Join(", ", PostStatus.All)}."] });
        }

        var rows = await PostStore.ListAsync(db, status, (Math.Max(page ?? 1, 1) - 1) * ApiPageSize, ApiPageSize, ct);
        var urls = PublicUrls.For(request, options, shop);
        var views = new List<PostView>();
        foreach (var row in rows)
        {
            views.Add(View(row, await PostStore.TagsAsync(db, row.Id, ct), urls, clock.GetUtcNow()));
        }

        return Results.Ok(views);
    }

    private static async Task<IResult> GetAsync(HttpRequest request, IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock, long id, CancellationToken ct) =>
        await PostStore.FindAsync(db, id, ct) is { } row
            ? Results.Ok(View(row, await PostStore.TagsAsync(db, id, ct), PublicUrls.For(request, options, shop), clock.GetUtcNow()))
            : NotFound(id);

    private static async Task<IResult> CreateAsync(HttpRequest request, IShopDb db, PostEditor editor, BlogOptions options, ShopContext shop, TimeProvider clock, PostInput input, CancellationToken ct)
    {
        var (post, errors) = await editor.SaveAsync(null, input, PublicUrls.RequestBase(request), ct);
        return post is null
            ? Invalid(errors)
            : Results.Created($"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{post.Id}", View(post, await PostStore.TagsAsync(db, post.Id, ct), PublicUrls.For(request, options, shop), clock.GetUtcNow()));
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, IShopDb db, PostEditor editor, BlogOptions options, ShopContext shop, TimeProvider clock, long id, PostInput input, CancellationToken ct)
    {
        if (await PostStore.FindAsync(db, id, ct) is not { } existing)
        {
            return NotFound(id);
        }

        var (post, errors) = await editor.SaveAsync(existing, input, PublicUrls.RequestBase(request), ct);
        return post is null ? Invalid(errors) : Results.Ok(View(post, await PostStore.TagsAsync(db, id, ct), PublicUrls.For(request, options, shop), clock.GetUtcNow()));
    }

    private static async Task<IResult> DeleteAsync(IShopDb db, MediaStore media, long id, CancellationToken ct)
    {
        if (await PostStore.FindAsync(db, id, ct) is not { } post)
        {
            return NotFound(id);
        }

        await db.InTransactionAsync(tx => PostStore.DeleteAsync(tx, id, ct), ct);
        media.Delete(db.ShopId, post.CoverFile);
        return Results.NoContent();
    }

    private static async Task<IResult> PutCoverAsync(HttpRequest request, IShopDb db, MediaStore media, BlogOptions options, ShopContext shop, TimeProvider clock, long id, CancellationToken ct)
    {
        if (await PostStore.FindAsync(db, id, ct) is not { } post)
        {
            return NotFound(id);
        }

        if (request.ContentLength > options.MaxCoverBytes)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["cover"] = [CoverError(MediaStore.TooLarge, options)] }, title: "Image refusée");
        }

        var (file, error) = await media.SaveAsync(db.ShopId, request.Body, ct);
        if (error is not null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["cover"] = [CoverError(error, options)] }, title: "Image refusée");
        }

        await PostStore.SetCoverAsync(db, id, file, clock.GetUtcNow(), ct);
        media.Delete(db.ShopId, post.CoverFile);
        return Results.Ok(new { coverUrl = PublicUrls.For(request, options, shop).Media(file!) });
    }

    private static async Task<IResult> DeleteCoverAsync(IShopDb db, MediaStore media, TimeProvider clock, long id, CancellationToken ct)
    {
        if (await PostStore.FindAsync(db, id, ct) is not { } post)
        {
            return NotFound(id);
        }

        await PostStore.SetCoverAsync(db, id, null, clock.GetUtcNow(), ct);
        media.Delete(db.ShopId, post.CoverFile);
        return Results.NoContent();
    }

    private static PostView View(PostRow p, IReadOnlyList<PostTag> tags, PublicUrls urls, DateTimeOffset now) =>
        new(p.Id, p.Title, p.Slug, p.Body, p.Excerpt, tags.Select(t => t.Name).ToList(), p.Author, p.Status, p.PublishAt, p.IsPublicAt(now),
            urls.Post(p.Slug), p.CoverFile is null ? null : urls.Media(p.CoverFile), p.AnnounceTo, p.AnnouncedAt, p.CreatedAt, p.UpdatedAt);
}
