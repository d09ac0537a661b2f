namespace ModularCrm.Modules.Contacts.Import;

/// <summary>What an import does (or, in a dry run, would do) with one row.</summary>
/// <param name="Action">create, update or skip.</param>
/// <param name="ContactId">The contact updated; null for a create (inserted in bulk) and for a skip.</param>
/// <param name="Key">The match key used, e.g. <c>email:a@b.fr</c>.</param>
public sealed record ImportAction(long RowNumber, string Action, long? ContactId, string? Key);
