namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>One row of <c>contacts_imports</c>: a queued, running or finished import and its progress.</summary>
internal sealed class ImportJobRow
{
    public const string Columns =
        "id AS Id, token AS Token, file_name AS FileName, format AS Format, mapping_json AS MappingJson, status AS Status, " +
        "total_rows AS TotalRows, records_done AS RecordsDone, rows_done AS RowsDone, created AS Created, updated AS Updated, " +
        "skipped AS Skipped, with_warnings AS WithWarnings, issues AS Issues, report_json AS ReportJson, error AS Error, " +
        "attempts AS Attempts, queued_at AS QueuedAt, started_at AS StartedAt, finished_at AS FinishedAt";

    public long Id { get; init; }

    public string Token { get; init; } = string.Empty;

    public string FileName { get; init; } = string.Empty;

    public string Format { get; init; } = string.Empty;

    public string MappingJson { get; init; } = string.Empty;

    /// <summary>queued, running, done or failed.</summary>
    public string Status { get; init; } = ImportJobStatus.Queued;

    /// <summary>Data rows in the file, once counted by the job's first pass.</summary>
    public long? TotalRows { get; init; }

    public long RecordsDone { get; init; }

    public long RowsDone { get; init; }

    public long Created { get; init; }

    public long Updated { get; init; }

    public long Skipped { get; init; }

    public long WithWarnings { get; init; }

    public long Issues { get; init; }

    public string? ReportJson { get; init; }

    public string? Error { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public bool IsFinished => Status is ImportJobStatus.Done or ImportJobStatus.Failed;
}
