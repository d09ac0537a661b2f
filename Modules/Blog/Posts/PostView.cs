namespace ModularCrm.Modules.Blog.Posts;

/// <summary>A post as the API returns it.</summary>
internal sealed record PostView(
    long Id,
    string Title,
    string Slug,
    string Body,
    string? Excerpt,
    IReadOnlyList<string> Tags,
    string? Author,
    string Status,
    DateTimeOffset? PublishAt,
    bool IsPublic,
    string PublicUrl,
    string? CoverUrl,
    string? AnnounceToNewsletter,
    DateTimeOffset? AnnouncedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
