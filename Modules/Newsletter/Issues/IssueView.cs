namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>An issue as the API answers it (and the pages read it).</summary>
internal sealed record IssueView(
    long Id, long ListId, string Subject, string Format, string Body, string Status, string? Source, DateTimeOffset? ScheduledAt, DateTimeOffset? SentAt,
    int? Recipients, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static IssueView Of(IssueRow i) =>
        new(i.Id, i.ListId, i.Subject, i.Format, i.Body, i.Status, i.Source, i.ScheduledAt, i.SentAt, i.Recipients, i.CreatedAt, i.UpdatedAt);
}
