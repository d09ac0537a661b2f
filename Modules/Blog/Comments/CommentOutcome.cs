using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog.Comments;

/// <summary>What became of a posted comment. <see cref="Errors"/> holds the field errors when <see cref="Kind"/> is <c>invalid</c>.</summary>
internal sealed record CommentOutcome(string Kind, FormErrors Errors)
{
    public const string Held = "held";
    public const string Invalid = "invalid";
    public const string TooMany = "too-many";
}
