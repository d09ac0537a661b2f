namespace ModularCrm.Modules.Contacts.Duplicates;

/// <summary>The contact to merge into the survivor (the one in the URL); it disappears.</summary>
public sealed record MergeInput(long MergedId);
