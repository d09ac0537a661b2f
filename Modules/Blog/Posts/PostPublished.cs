namespace ModularCrm.Modules.Blog.Posts;

/// <summary>
/// The payload of <c>blog.post.published</c>, published once per post when it first goes public. Its JSON (camelCase) is a
/// contract with subscribers (the newsletter module): change it only by adding members.
/// </summary>
/// <param name="Url">The post's absolute public address.</param>
/// <param name="AnnounceToNewsletter">The slug of the newsletter the author chose to announce the post to, or null.</param>
internal sealed record PostPublished(long PostId, string Title, string Url, string Excerpt, DateTimeOffset PublishedAt, string? AnnounceToNewsletter)
{
    public const string EventName = "blog.post.published";
}
