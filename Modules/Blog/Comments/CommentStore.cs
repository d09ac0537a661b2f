using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Blog.Comments;

/// <summary>The SQL of <c>blog_comments</c>.</summary>
internal static class CommentStore
{
    public static Task<CommentRow?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<CommentRow>($"SELECT {CommentRow.Columns} FROM {CommentRow.From} WHERE c.shop_id = @shop AND c.id = @id", new { id }, ct);

    /// <summary>Comments of the shop in one state (all when null), newest first.</summary>
    public static Task<IReadOnlyList<CommentRow>> ListAsync(IShopSql db, string? status, int offset, int limit, CancellationToken ct) =>
        db.QueryAsync<CommentRow>(
            db.Dialect.Page($"SELECT {CommentRow.Columns} FROM {CommentRow.From} WHERE c.shop_id = @shop AND (@status IS NULL OR c.status = @status) ORDER BY c.created_at DESC, c.id DESC"),
            new { status, offset, limit },
            ct);

    /// <summary>The approved comments of a post, oldest first, as a conversation reads.</summary>
    public static Task<IReadOnlyList<CommentRow>> ApprovedAsync(IShopSql db, long postId, CancellationToken ct) =>
        db.QueryAsync<CommentRow>(
            $"SELECT {CommentRow.Columns} FROM {CommentRow.From} WHERE c.shop_id = @shop AND c.post_id = @postId AND c.status = 'approved' ORDER BY c.created_at, c.id",
            new { postId },
            ct);

    public static Task<int> CountAsync(IShopSql db, string status, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<int>("SELECT COUNT(*) FROM blog_comments WHERE shop_id = @shop AND status = @status", new { status }, ct);

    /// <summary>Comments stored from <paramref name="ip"/> since <paramref name="since"/>: the rate limit's measure.</summary>
    public static Task<int> CountFromIpAsync(IShopSql db, string ip, DateTimeOffset since, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<int>("SELECT COUNT(*) FROM blog_comments WHERE shop_id = @shop AND ip = @ip AND created_at > @since", new { ip, since }, ct);

    public static Task<long> InsertAsync(IShopSql db, NewComment comment, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO blog_comments (shop_id, post_id, author_name, author_email, body, ip, status, created_at)
            VALUES (@shop, @PostId, @AuthorName, @AuthorEmail, @Body, @Ip, 'pending', @now)
            """,
            new { comment.PostId, comment.AuthorName, comment.AuthorEmail, comment.Body, comment.Ip, now },
            ct);

    public static Task<int> SetStatusAsync(IShopSql db, long id, string status, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync("UPDATE blog_comments SET status = @status, moderated_at = @now WHERE shop_id = @shop AND id = @id", new { id, status, now }, ct);

    public static Task<int> DeleteAsync(IShopSql db, long id, CancellationToken ct) =>
        db.ExecuteAsync("DELETE FROM blog_comments WHERE shop_id = @shop AND id = @id", new { id }, ct);

    /// <summary>Erases the IP addresses older than the retention (the data minimisation module.json promises).</summary>
    public static Task<int> ForgetIpsAsync(IShopSql db, DateTimeOffset before, CancellationToken ct) =>
        db.ExecuteAsync("UPDATE blog_comments SET ip = NULL WHERE shop_id = @shop AND ip IS NOT NULL AND created_at < @before", new { before }, ct);
}
