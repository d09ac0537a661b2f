using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Posts;

/// <summary>Creating and editing a post, shared by the API and the edit page: validation, slug, tags and the announcement in one transaction.</summary>
internal sealed class PostEditor(IShopDb db, BlogOptions options, ShopContext shop, TimeProvider clock)
{
    /// <summary>Saves <paramref name="input"/> as a new post (<paramref name="existing"/> null) or over <paramref name="existing"/>.</summary>
    public async Task<(PostRow? Post, FormErrors Errors)> SaveAsync(PostRow? existing, PostInput input, string? baseUrl, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new FormErrors();
        if (PostValidator.Validate(input, now, errors) is not { } post)
        {
            return (null, errors);
        }

        // Publishing without a date means now; re-saving a published post keeps the date it went online.
        var publishAt = post.PublishAt ?? (post.Status != PostStatus.Published ? null : existing?.PublishAt is { } was && was <= now ? was : now);
        post = post with { PublishAt = publishAt };
        var id = existing?.Id ?? 0;
        if (post.Slug is not null && await PostStore.SlugTakenAsync(db, post.Slug, id, ct))
        {
            errors.Add("slug", $"« {post.Slug} » est déjà l'adresse d'un autre article de la boutique.");
            return (null, errors);
        }

        var slug = post.Slug ?? existing?.Slug ?? await FreeSlugAsync(post.Title, ct);
        var saved = await db.InTransactionAsync(
            async tx =>
            {
                if (existing is null)
                {
                    id = await PostStore.InsertAsync(tx, post, slug, baseUrl, now, ct);
                }
                else
                {
                    await PostStore.UpdateAsync(tx, id, post, slug, baseUrl, now, ct);
                }

                await PostStore.ReplaceTagsAsync(tx, id, post.Tags, ct);
                await PostAnnouncer.AnnounceAsync(tx, id, options, shop.Slug, now, ct);
                return id;
            },
            ct);
        return (await PostStore.FindAsync(db, saved, ct), errors);
    }

    private async Task<string> FreeSlugAsync(string title, CancellationToken ct)
    {
        var stem = Slugs.From(title, Slugs.MaxLength - 4);
        stem = stem.Length == 0 ? "article" : stem;
        var slug = Slugs.Reserved.Contains(stem) ? stem + "-2" : stem;
        for (var n = 2; await PostStore.SlugTakenAsync(db, slug, 0, ct); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }
}
