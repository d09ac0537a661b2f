namespace ModularCrm.Modules.Contacts.Import;

/// <summary>One CSV column and the field it feeds.</summary>
/// <param name="Index">Zero-based position of the column in the file.</param>
/// <param name="Header">The header text as found in the file.</param>
/// <param name="Field">The field fed, or null for a column that is ignored.</param>
public sealed record ColumnAssignment(int Index, string Header, ContactField? Field);
