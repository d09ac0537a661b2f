using ModularCrm.Modules.Blog.Content;
using ModularCrm.Modules.Blog.Public;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Blog.Posts;

/// <summary>Publishes <c>blog.post.published</c> through the outbox, in the transaction that makes the post public, once per post.</summary>
internal static class PostAnnouncer
{
    /// <summary>Announces <paramref name="postId"/> if it is public and was never announced; true when this call announced it.</summary>
    public static async Task<bool> AnnounceAsync(IShopTransaction tx, long postId, BlogOptions options, string shopSlug, DateTimeOffset now, CancellationToken ct)
    {
        if (await PostStore.FindAsync(tx, postId, ct) is not { } post || !post.IsPublicAt(now) || post.AnnouncedAt is not null)
        {
            return false;
        }

        if (await PostStore.ClaimAnnouncementAsync(tx, postId, now, ct) == 0)
        {
            return false;
        }

        var url = new PublicUrls(options.BaseUrl(post.BaseUrl), shopSlug).Post(post.Slug);
        var excerpt = post.Excerpt ?? MarkdownRenderer.PlainExcerpt(post.Body);
        await tx.PublishAsync(PostPublished.EventName, new PostPublished(post.Id, post.Title, url, excerpt, post.PublishAt!.Value, post.AnnounceTo), ct);
        return true;
    }

    /// <summary>The job's work: scheduled posts whose time has come become published, and are announced.</summary>
    public static async Task<int> PublishDueAsync(IShopDb db, BlogOptions options, string shopSlug, DateTimeOffset now, CancellationToken ct)
    {
        var published = 0;
        foreach (var id in await PostStore.DueAsync(db, now, ct))
        {
            published += await db.InTransactionAsync(
                async tx =>
                {
                    var claimed = await PostStore.MarkPublishedAsync(tx, id, now, ct);
                    await AnnounceAsync(tx, id, options, shopSlug, now, ct);
                    return claimed;
                },
                ct);
        }

        return published;
    }
}
