namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>One contact as the duplicate detector sees it (raw values: the detector normalises them).</summary>
/// <param name="Id">The caller's identifier, returned in pairs.</param>
/// <param name="FirstName">First name, any case or accents.</param>
/// <param name="LastName">Last name, any case or accents.</param>
/// <param name="Emails">E-mail addresses; invalid ones are ignored.</param>
/// <param name="Phones">Phone numbers in any accepted spelling; invalid ones are ignored.</param>
/// <param name="PostalCode">Postcode, any spelling.</param>
public sealed record DuplicateCandidate(
    string Id, string? FirstName, string? LastName, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, string? PostalCode);
