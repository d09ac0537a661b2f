namespace ModularCrm.Modules.Blog.Posts;

/// <summary>A row of <c>blog_posts</c>.</summary>
internal sealed class PostRow
{
    public const string Columns =
        "id AS Id, title AS Title, slug AS Slug, body AS Body, excerpt AS Excerpt, author AS Author, status AS Status, " +
        "publish_at AS PublishAt, cover_file AS CoverFile, announce_to AS AnnounceTo, announced_at AS AnnouncedAt, base_url AS BaseUrl, " +
        "created_at AS CreatedAt, updated_at AS UpdatedAt";

    public long Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Slug { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public string? Excerpt { get; init; }

    public string? Author { get; init; }

    public string Status { get; init; } = PostStatus.Draft;

    public DateTimeOffset? PublishAt { get; init; }

    public string? CoverFile { get; init; }

    public string? AnnounceTo { get; init; }

    public DateTimeOffset? AnnouncedAt { get; init; }

    public string? BaseUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether visitors may read it at <paramref name="now"/>: the same rule as <see cref="PostStore.Visible"/>.</summary>
    public bool IsPublicAt(DateTimeOffset now) => Status != PostStatus.Draft && PublishAt is { } at && at <= now;
}
