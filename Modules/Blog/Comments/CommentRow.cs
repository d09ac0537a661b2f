namespace ModularCrm.Modules.Blog.Comments;

/// <summary>A row of <c>blog_comments</c>, with the title of its post for the moderation list.</summary>
internal sealed class CommentRow
{
    public const string Columns =
        "c.id AS Id, c.post_id AS PostId, p.title AS PostTitle, p.slug AS PostSlug, c.author_name AS AuthorName, c.author_email AS AuthorEmail, " +
        "c.body AS Body, c.status AS Status, c.created_at AS CreatedAt, c.moderated_at AS ModeratedAt";

    /// <summary>The FROM clause that goes with <see cref="Columns"/>.</summary>
    public const string From = "blog_comments c JOIN blog_posts p ON p.id = c.post_id AND p.shop_id = c.shop_id";

    public long Id { get; init; }

    public long PostId { get; init; }

    public string PostTitle { get; init; } = string.Empty;

    public string PostSlug { get; init; } = string.Empty;

    public string AuthorName { get; init; } = string.Empty;

    public string AuthorEmail { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public string Status { get; init; } = CommentStatus.Pending;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ModeratedAt { get; init; }
}
