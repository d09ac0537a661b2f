using ModularCrm.Modules.Contacts.Data;

namespace ModularCrm.Modules.Contacts.Api;

/// <summary>The answer to a create: the contact and the existing contacts it may duplicate.</summary>
public sealed record SavedContact(ContactRecord Contact, IReadOnlyList<string> Tags, IReadOnlyList<DuplicateWarning> PossibleDuplicates);
