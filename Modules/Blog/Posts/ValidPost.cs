namespace ModularCrm.Modules.Blog.Posts;

/// <summary>A checked post, ready for the database. <see cref="Slug"/> is null when it is to be made from the title.</summary>
internal sealed record ValidPost(
    string Title,
    string? Slug,
    string Body,
    string? Excerpt,
    IReadOnlyList<PostTag> Tags,
    string? Author,
    string Status,
    DateTimeOffset? PublishAt,
    string? AnnounceTo);
