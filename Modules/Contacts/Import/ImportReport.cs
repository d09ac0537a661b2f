namespace ModularCrm.Modules.Contacts.Import;

/// <summary>The answer of a dry run or a real import: counts, every action (up to a limit) and every issue with its row.</summary>
public sealed record ImportReport(
    bool DryRun,
    string Format,
    IReadOnlyList<ColumnAssignment> Mapping,
    long Rows,
    long Created,
    long Updated,
    long Skipped,
    long WithWarnings,
    IReadOnlyDictionary<string, long> IssuesByCode,
    IReadOnlyList<ImportIssue> Issues,
    IReadOnlyList<RepeatedMatchKey> RepeatedKeys,
    IReadOnlyList<ImportAction> Actions,
    bool ActionsTruncated);
