namespace ModularCrm.Modules.Contacts.Import;

/// <summary>One problem found in the file, precise enough for shop staff to fix it in their spreadsheet.</summary>
/// <param name="RowNumber">Row in the file as a spreadsheet shows it: the header is row 1, the first data row 2.</param>
/// <param name="Column">The column header, or null for a problem with the whole row.</param>
/// <param name="Field">The field concerned, or null for the whole row.</param>
/// <param name="Severity">Warning (imported, flagged) or error (skipped).</param>
/// <param name="Code">Machine code ("email.tld_typo", "phone.too_short", "number.invalid", "row.no_identity"...).</param>
/// <param name="Message">French reason.</param>
/// <param name="Value">The raw cell text, or null.</param>
/// <param name="Suggestion">A likely correction (advice only), or null.</param>
public sealed record ImportIssue(
    long RowNumber, string? Column, ContactField? Field, ImportSeverity Severity, string Code, string Message, string? Value, string? Suggestion = null);
