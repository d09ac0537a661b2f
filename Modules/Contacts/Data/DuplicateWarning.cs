namespace ModularCrm.Modules.Contacts.Data;

/// <summary>An existing contact that looks like the one being saved: a warning, the save still happens.</summary>
public sealed record DuplicateWarning(long ContactId, string DisplayName, IReadOnlyList<string> Reasons);
