namespace ModularCrm.Modules.Newsletter.Blog;

/// <summary>
/// The blog module's event <c>blog.post.published</c>, as this module reads it. <see cref="AnnounceToNewsletter"/> is
/// the slug of the newsletter to announce the post in, or null.
/// </summary>
internal sealed record BlogPostPublished(long PostId, string? Title, string? Url, string? Excerpt, DateTimeOffset PublishedAt, string? AnnounceToNewsletter)
{
    public const string Name = "blog.post.published";
}
