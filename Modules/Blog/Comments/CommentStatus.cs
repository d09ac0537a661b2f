namespace ModularCrm.Modules.Blog.Comments;

/// <summary>The states of a comment, as stored in <c>blog_comments.status</c>: new ones wait for a moderator.</summary>
internal static class CommentStatus
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static readonly string[] All = [Pending, Approved, Rejected];
}
