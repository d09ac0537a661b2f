using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Blog.Posts;

/// <summary>The SQL of <c>blog_posts</c> and <c>blog_post_tags</c>.</summary>
internal static class PostStore
{
    /// <summary>The public rule, in SQL (parameter <c>@now</c>): scheduled posts go online at their date, drafts never.</summary>
    public const string Visible = "status IN ('scheduled', 'published') AND publish_at <= @now";

    public static Task<PostRow?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<PostRow>($"SELECT {PostRow.Columns} FROM blog_posts WHERE shop_id = @shop AND id = @id", new { id }, ct);

    public static Task<PostRow?> FindPublicAsync(IShopSql db, string slug, DateTimeOffset now, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<PostRow>(
            $"SELECT {PostRow.Columns} FROM blog_posts WHERE shop_id = @shop AND slug = @slug AND {Visible}", new { slug, now }, ct);

    public static Task<IReadOnlyList<PostRow>> ListAsync(IShopSql db, string? status, int offset, int limit, CancellationToken ct) =>
        db.QueryAsync<PostRow>(
            db.Dialect.Page($"SELECT {PostRow.Columns} FROM blog_posts WHERE shop_id = @shop AND (@status IS NULL OR status = @status) ORDER BY updated_at DESC, id DESC"),
            new { status, offset, limit },
            ct);

    /// <summary>
    /// A page of public posts, newest first, optionally of one tag and matching a search (title, excerpt or body
    /// containing every character of <paramref name="search"/> as typed; LIKE wildcards in it are taken literally).
    /// </summary>
    public static Task<IReadOnlyList<PostRow>> PublicPageAsync(
        IShopSql db, DateTimeOffset now, string? tag, string? search, int offset, int limit, CancellationToken ct)
    {
        var pattern = search is null ? null : "%" + search.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var sql = $"""
            SELECT {PostRow.Columns} FROM blog_posts
            WHERE shop_id = @shop AND {Visible}
              AND (@tag IS NULL OR id IN (SELECT post_id FROM blog_post_tags WHERE shop_id = @shop AND slug = @tag))
              AND (@pattern IS NULL OR LOWER(title) LIKE LOWER(@pattern) ESCAPE '\' OR LOWER(excerpt) LIKE LOWER(@pattern) ESCAPE '\' OR LOWER(body) LIKE LOWER(@pattern) ESCAPE '\')
            ORDER BY publish_at DESC, id DESC
            """;
        return db.QueryAsync<PostRow>(db.Dialect.Page(sql), new { now, tag, pattern, offset, limit }, ct);
    }

    /// <summary>Scheduled posts whose date has come, for the publishing job.</summary>
    public static Task<IReadOnlyList<long>> DueAsync(IShopSql db, DateTimeOffset now, CancellationToken ct) =>
        db.QueryAsync<long>("SELECT id FROM blog_posts WHERE shop_id = @shop AND status = 'scheduled' AND publish_at <= @now ORDER BY publish_at, id", new { now }, ct);

    public static Task<int> MarkPublishedAsync(IShopSql db, long id, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE blog_posts SET status = 'published', updated_at = @now WHERE shop_id = @shop AND id = @id AND status = 'scheduled' AND publish_at <= @now",
            new { id, now },
            ct);

    /// <summary>The do-once claim of the announcement: 1 for the first caller, 0 for every later one.</summary>
    public static Task<int> ClaimAnnouncementAsync(IShopSql db, long id, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync("UPDATE blog_posts SET announced_at = @now WHERE shop_id = @shop AND id = @id AND announced_at IS NULL", new { id, now }, ct);

    public static async Task<bool> SlugTakenAsync(IShopSql db, string slug, long exceptId, CancellationToken ct) =>
        await db.QueryFirstOrDefaultAsync<long?>("SELECT id FROM blog_posts WHERE shop_id = @shop AND slug = @slug AND id <> @exceptId", new { slug, exceptId }, ct) is not null;

    public static Task<long> InsertAsync(IShopSql db, ValidPost post, string slug, string? baseUrl, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO blog_posts (shop_id, title, slug, body, excerpt, author, status, publish_at, announce_to, base_url, created_at, updated_at)
            VALUES (@shop, @Title, @slug, @Body, @Excerpt, @Author, @Status, @PublishAt, @AnnounceTo, @baseUrl, @now, @now)
            """,
            Args(post, slug, baseUrl, now, 0),
            ct);

    public static Task<int> UpdateAsync(IShopSql db, long id, ValidPost post, string slug, string? baseUrl, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE blog_posts SET title = @Title, slug = @slug, body = @Body, excerpt = @Excerpt, author = @Author, status = @Status,
                publish_at = @PublishAt, announce_to = @AnnounceTo, base_url = COALESCE(@baseUrl, base_url), updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            Args(post, slug, baseUrl, now, id),
            ct);

    public static Task<int> SetCoverAsync(IShopSql db, long id, string? file, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync("UPDATE blog_posts SET cover_file = @file, updated_at = @now WHERE shop_id = @shop AND id = @id", new { id, file, now }, ct);

    public static async Task<int> DeleteAsync(IShopSql db, long id, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM blog_comments WHERE shop_id = @shop AND post_id = @id", new { id }, ct);
        await db.ExecuteAsync("DELETE FROM blog_post_tags WHERE shop_id = @shop AND post_id = @id", new { id }, ct);
        return await db.ExecuteAsync("DELETE FROM blog_posts WHERE shop_id = @shop AND id = @id", new { id }, ct);
    }

    public static async Task ReplaceTagsAsync(IShopSql db, long postId, IReadOnlyList<PostTag> tags, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM blog_post_tags WHERE shop_id = @shop AND post_id = @postId", new { postId }, ct);
        foreach (var tag in tags)
        {
            await db.ExecuteAsync(
                "INSERT INTO blog_post_tags (shop_id, post_id, name, slug) VALUES (@shop, @postId, @Name, @Slug)", new { postId, tag.Name, tag.Slug }, ct);
        }
    }

    public static Task<IReadOnlyList<PostTag>> TagsAsync(IShopSql db, long postId, CancellationToken ct) =>
        db.QueryAsync<PostTag>("SELECT name AS Name, slug AS Slug FROM blog_post_tags WHERE shop_id = @shop AND post_id = @postId ORDER BY id", new { postId }, ct);

    /// <summary>The name of a tag used by at least one public post, or null.</summary>
    public static Task<string?> PublicTagNameAsync(IShopSql db, string slug, DateTimeOffset now, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<string>(
            $"SELECT t.name FROM blog_post_tags t WHERE t.shop_id = @shop AND t.slug = @slug AND t.post_id IN (SELECT id FROM blog_posts WHERE shop_id = @shop AND {Visible}) ORDER BY t.id",
            new { slug, now },
            ct);

    public static Task<IReadOnlyList<string>> PublicTagSlugsAsync(IShopSql db, DateTimeOffset now, CancellationToken ct) =>
        db.QueryAsync<string>(
            $"SELECT DISTINCT slug FROM blog_post_tags WHERE shop_id = @shop AND post_id IN (SELECT id FROM blog_posts WHERE shop_id = @shop AND {Visible}) ORDER BY slug",
            new { now },
            ct);

    private static Dictionary<string, object?> Args(ValidPost p, string slug, string? baseUrl, DateTimeOffset now, long id) => new()
    {
        ["id"] = id, ["slug"] = slug, ["baseUrl"] = baseUrl, ["now"] = now, ["Title"] = p.Title, ["Body"] = p.Body, ["Excerpt"] = p.Excerpt,
        ["Author"] = p.Author, ["Status"] = p.Status, ["PublishAt"] = p.PublishAt, ["AnnounceTo"] = p.AnnounceTo,
    };
}
