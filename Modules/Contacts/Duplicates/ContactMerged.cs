namespace ModularCrm.Modules.Contacts.Duplicates;

/// <summary>
/// Event <c>contacts.contact.merged</c> <c>{ survivorId, mergedId }</c>: the merged contact no longer exists; modules
/// holding its id re-point their rows to the survivor.
/// </summary>
public sealed record ContactMerged(long SurvivorId, long MergedId)
{
    /// <summary>The event name.</summary>
    public const string Name = "contacts.contact.merged";
}
