using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Blog.Content;
using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Modules.Blog.Public;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Blog.Html;

namespace ModularCrm.Modules.Blog.Pages;

/// <summary>
/// <c>/shops/{shop}/blog/new</c> and <c>/shops/{shop}/blog/{id}</c>: one plain form (no JavaScript), multipart for the
/// cover, checked by the API's rules with each message next to its field.
/// </summary>
internal static class PostEditPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/new", (IShopPages p) => Render(p, null, new PostForm { Status = PostStatus.Draft }, new FormErrors(), false, StatusCodes.Status200OK));
        pages.MapPost("/new", (HttpRequest r, IShopDb db, IShopPages p, PostEditor e, MediaStore m, BlogOptions o, TimeProvider c, [FromForm] PostForm form, IFormFile? cover, CancellationToken ct) =>
            SaveAsync(r, db, p, e, m, o, c, null, form, cover, ct));
        pages.MapGet("/{id:long}", EditAsync);
        pages.MapPost("/{id:long}", async (HttpRequest r, IShopDb db, IShopPages p, PostEditor e, MediaStore m, BlogOptions o, TimeProvider c, long id, [FromForm] PostForm form, IFormFile? cover, CancellationToken ct) =>
            await PostStore.FindAsync(db, id, ct) is { } existing ? await SaveAsync(r, db, p, e, m, o, c, existing, form, cover, ct) : NotFound(p));
        pages.MapPost("/{id:long}/delete", DeleteAsync);
    }

    private static async Task<IResult> EditAsync(HttpRequest request, IShopDb db, IShopPages pages, long id, CancellationToken ct)
    {
        if (await PostStore.FindAsync(db, id, ct) is not { } post)
        {
            return NotFound(pages);
        }

        return Render(pages, post, PostForm.Of(post, await PostStore.TagsAsync(db, id, ct)), new FormErrors(), request.Query["saved"] == "1", StatusCodes.Status200OK);
    }

    private static async Task<IResult> SaveAsync(
        HttpRequest request, IShopDb db, IShopPages pages, PostEditor editor, MediaStore media, BlogOptions options, TimeProvider clock, PostRow? existing, PostForm form, IFormFile? cover, CancellationToken ct)
    {
        var errors = new FormErrors();
        var input = form.ToInput(errors);
        string? file = null;
        if (cover is { Length: > 0 } && !errors.Any)
        {
            await using var stream = cover.OpenReadStream();
            var (saved, error) = await media.SaveAsync(db.ShopId, stream, ct);
            if (error is not null)
            {
                errors.Add("cover", PostEndpoints.CoverError(error, options));
            }

            file = saved;
        }

        if (errors.Any)
        {
            media.Delete(db.ShopId, file);
            return Render(pages, existing, form, errors, false, StatusCodes.Status400BadRequest);
        }

        var (post, refused) = await editor.SaveAsync(existing, input, PublicUrls.RequestBase(request), ct);
        if (post is null)
        {
            media.Delete(db.ShopId, file);
            return Render(pages, existing, form, refused, false, StatusCodes.Status400BadRequest);
        }

        if (file is not null || form.RemoveCover == "yes")
        {
            await PostStore.SetCoverAsync(db, post.Id, file, clock.GetUtcNow(), ct);
            media.Delete(db.ShopId, post.CoverFile);
        }

        return Results.Redirect($"{pages.BasePath}/{post.Id}?saved=1");
    }

    private static async Task<IResult> DeleteAsync(IShopDb db, IShopPages pages, MediaStore media, long id, [FromForm] ActionForm form, CancellationToken ct)
    {
        if (await PostStore.FindAsync(db, id, ct) is not { } post)
        {
            return NotFound(pages);
        }

        await db.InTransactionAsync(tx => PostStore.DeleteAsync(tx, id, ct), ct);
        media.Delete(db.ShopId, post.CoverFile);
        return Results.Redirect(pages.BasePath);
    }

    private static IResult NotFound(IShopPages pages) =>
        pages.Page(StaffText.For(pages.Language).EditPost, "<p>Article introuvable.</p>", StatusCodes.Status404NotFound);

    private static IResult Render(IShopPages pages, PostRow? post, PostForm form, FormErrors errors, bool saved, int status)
    {
        var t = StaffText.For(pages.Language);
        var action = post is null ? $"{pages.BasePath}/new" : $"{pages.BasePath}/{post.Id}";
        string Input(string name, string label, string? value, string type = "text", string? hint = null) =>
            $"<div class=\"field{(errors[name] is null ? string.Empty : " invalid")}\"><label for=\"{name}\">{E(label)}</label>" +
            $"<input id=\"{name}\" name=\"{name}\" type=\"{type}\" value=\"{E(value)}\"{Described(name, hint)}>{Hint(name, hint)}{Error(name)}</div>";
        string Described(string name, string? hint) =>
            errors[name] is null ? hint is null ? string.Empty : $" aria-describedby=\"{name}-hint\"" : $" aria-invalid=\"true\" aria-describedby=\"{name}-error\"";
        string Hint(string name, string? hint) => hint is null ? string.Empty : $"<p class=\"muted\" id=\"{name}-hint\">{E(hint)}</p>";
        string Error(string name) => FormErrors.Paragraph(name, errors[name]);
        string Option(string value) => $"<option value=\"{value}\"{(form.Status == value ? " selected" : string.Empty)}>{E(t.StatusName(value))}</option>";

        var notice = saved ? $"<p class=\"notice\" role=\"status\">{E(t.Saved)}</p>" : errors.Any ? $"<p class=\"notice notice-error\" role=\"alert\">{E(t.NotSaved)}</p>" : string.Empty;
        var currentCover = post?.CoverFile is null ? string.Empty
            : $"<p>{E(t.CurrentCover)} : <code>{E(post.CoverFile)}</code> <label><input type=\"checkbox\" name=\"removeCover\" value=\"yes\"> {E(t.RemoveCover)}</label></p>";
        var body = string.Create(CultureInfo.InvariantCulture, $"""
            {notice}
            <form class="stack" method="post" action="{E(action)}" enctype="multipart/form-data" novalidate>
              <input type="hidden" name="{E(pages.Antiforgery.Name)}" value="{E(pages.Antiforgery.Value)}">
              {Input("title", t.Title, form.Title)}
              {Input("slug", t.Slug, form.Slug, hint: t.SlugHint)}
              <div class="field"><label for="body">{E(t.Body)}</label><textarea id="body" name="body" rows="16"{Described("body", null)}>{E(form.Body)}</textarea>{Error("body")}</div>
              <div class="field"><label for="excerpt">{E(t.Excerpt)}</label><textarea id="excerpt" name="excerpt" rows="3"{Described("excerpt", null)}>{E(form.Excerpt)}</textarea>{Error("excerpt")}</div>
              {Input("tags", t.Tags, form.Tags)}
              {Input("author", t.Author, form.Author)}
              <div class="field"><label for="status">{E(t.Status)}</label><select id="status" name="status"{Described("status", null)}>{Option(PostStatus.Draft)}{Option(PostStatus.Scheduled)}{Option(PostStatus.Published)}</select>{Error("status")}</div>
              {Input("publishAt", t.PublishAt, form.PublishAt, "datetime-local")}
              <div class="field"><label for="cover">{E(t.Cover)}</label>{currentCover}<input id="cover" name="cover" type="file" accept="image/jpeg,image/png,image/webp"{Described("cover", null)}>{Error("cover")}</div>
              <div class="field"><label><input type="checkbox" name="announce" value="yes"{(form.Announce == "yes" ? " checked" : string.Empty)}> {E(t.Announce)}</label></div>
              {Input("newsletter", t.Newsletter, form.Newsletter)}{Error("announceToNewsletter")}
              <button type="submit">{E(t.Save)}</button>
            </form>
            """);
        if (post is not null)
        {
            body += $"<form method=\"post\" action=\"{E(action)}/delete\"><input type=\"hidden\" name=\"{E(pages.Antiforgery.Name)}\" value=\"{E(pages.Antiforgery.Value)}\"><button type=\"submit\" class=\"secondary\">{E(t.Delete)}</button></form>";
        }

        return pages.Page(post is null ? t.NewPost : t.EditPost, body, status);
    }
}
