namespace ModularCrm.Modules.Blog.Comments;

/// <summary>
/// The public comment form. <see cref="Website"/> is the honeypot: hidden from people, filled by robots.
/// <see cref="Started"/> is <see cref="CommentGuard"/>'s signed timestamp.
/// </summary>
internal sealed record CommentForm
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Body { get; init; }

    public string? Website { get; init; }

    public string? Started { get; init; }
}
