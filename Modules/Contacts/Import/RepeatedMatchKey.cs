namespace ModularCrm.Modules.Contacts.Import;

/// <summary>A row whose match key already appeared earlier in the same file: importing it updates the
/// contact the earlier row created, which is usually a duplicate line in the spreadsheet.</summary>
/// <param name="RowNumber">The later row.</param>
/// <param name="FirstRowNumber">The row that first used the key.</param>
/// <param name="Key">The shared key.</param>
public sealed record RepeatedMatchKey(long RowNumber, long FirstRowNumber, ContactMatchKey Key);
