namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary>A row of <c>newsletter_lists</c>.</summary>
internal sealed class NewsletterList
{
    public const string Columns = "id AS Id, slug AS Slug, name AS Name, description AS Description";

    public long Id { get; init; }

    public string Slug { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    /// <summary>The topic of its messages in the e-mailing module: what its unsubscribe link leaves.</summary>
    public string Topic => Topics.Of(Slug);
}
