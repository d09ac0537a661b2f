namespace ModularCrm.Modules.Blog.Posts;

/// <summary>A post as the API and the edit page send it. A missing slug is made from the title.</summary>
/// <param name="AnnounceToNewsletter">The newsletter to announce the post to when it is published, or null for none.</param>
internal sealed record PostInput(
    string? Title,
    string? Slug,
    string? Body,
    string? Excerpt,
    IReadOnlyList<string>? Tags,
    string? Author,
    string? Status,
    DateTimeOffset? PublishAt,
    string? AnnounceToNewsletter);
