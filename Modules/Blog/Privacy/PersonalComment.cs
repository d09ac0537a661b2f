namespace ModularCrm.Modules.Blog.Privacy;

/// <summary>A comment as its author's access export shows it: everything stored, IP address included.</summary>
internal sealed class PersonalComment
{
    public long Id { get; init; }

    public string PostTitle { get; init; } = string.Empty;

    public string PostSlug { get; init; } = string.Empty;

    public string AuthorName { get; init; } = string.Empty;

    public string AuthorEmail { get; init; } = string.Empty;

    public string? Ip { get; init; }

    public string Status { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ModeratedAt { get; init; }
}
