namespace ModularCrm.Modules.Blog.Posts;

/// <summary>The three states of a post, as stored in <c>blog_posts.status</c>.</summary>
internal static class PostStatus
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Published = "published";

    public static readonly string[] All = [Draft, Scheduled, Published];
}
