namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// One data row of the file after parsing: what a dry run shows and what the module later turns into a
/// create, an update or a skip.
/// </summary>
/// <param name="RowNumber">Row in the file (header = 1).</param>
/// <param name="Contact">The typed contact, or null when the row is skipped (it has an error).</param>
/// <param name="MatchKey">The key to find an existing contact with, or null (the row can only create).</param>
/// <param name="Issues">Every problem of this row, errors and warnings.</param>
public sealed record ImportRow(long RowNumber, ImportedContact? Contact, ContactMatchKey? MatchKey, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>True when the row has an error and must not be imported.</summary>
    public bool IsSkipped => Contact is null;

    /// <summary>True when the row is imported but some value was flagged.</summary>
    public bool HasWarnings => Issues.Any(i => i.Severity == ImportSeverity.Warning);
}
