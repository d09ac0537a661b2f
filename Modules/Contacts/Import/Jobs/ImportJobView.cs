namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>An import's status as the API answers it (<c>GET /imports/{id}</c>) and the progress page shows it.</summary>
internal sealed record ImportJobView(
    long Id,
    string Status,
    string FileName,
    string Format,
    long? TotalRows,
    long RowsDone,
    int? Percent,
    long Created,
    long Updated,
    long Skipped,
    long WithWarnings,
    long Issues,
    string? Error,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyDictionary<string, long> IssuesByCode,
    IReadOnlyList<ImportIssue> FirstIssues,
    IReadOnlyList<ImportAction> Actions,
    bool Truncated)
{
    public bool IsFinished => Status is ImportJobStatus.Done or ImportJobStatus.Failed;

    public static ImportJobView Of(ImportJobRow row)
    {
        var kept = KeptReport.Parse(row.ReportJson);
        // 99 at most until done: the last chunk's commit is what makes the import complete.
        int? percent = row.Status == ImportJobStatus.Done ? 100
            : row.TotalRows is { } total && total > 0 ? (int)Math.Min(99, row.RowsDone * 100 / total)
            : null;
        return new ImportJobView(
            row.Id, row.Status, row.FileName, row.Format, row.TotalRows, row.RowsDone, percent, row.Created, row.Updated, row.Skipped,
            row.WithWarnings, row.Issues, row.Error, row.QueuedAt, row.StartedAt, row.FinishedAt, kept.IssuesByCode, kept.Issues, kept.Actions,
            kept.Truncated);
    }
}
