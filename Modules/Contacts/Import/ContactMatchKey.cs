using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// The key an import uses to find an existing contact, so that importing the same file twice updates
/// instead of duplicating: external id, else e-mail, else phone, else folded names with postcode.
/// </summary>
/// <param name="Kind">What the key is built from.</param>
/// <param name="Value">The normalised value to look up.</param>
public sealed record ContactMatchKey(MatchKeyKind Kind, string Value)
{
    /// <summary>The key for <paramref name="contact"/>, or null when it has none of the four.</summary>
    public static ContactMatchKey? For(ImportedContact contact)
    {
        if (!string.IsNullOrWhiteSpace(contact.ExternalId))
        {
            return new ContactMatchKey(MatchKeyKind.ExternalId, contact.ExternalId.Trim());
        }

        if (contact.Email is { Length: > 0 } email)
        {
            return new ContactMatchKey(MatchKeyKind.Email, email.ToLowerInvariant());
        }

        if ((contact.Phone ?? contact.Mobile) is { Length: > 0 } phone)
        {
            return new ContactMatchKey(MatchKeyKind.Phone, phone);
        }

        return DuplicateDetector.NameKey(contact.FirstName, contact.LastName, contact.PostalCode) is { } nameKey
            ? new ContactMatchKey(MatchKeyKind.NameAndPostcode, nameKey)
            : null;
    }

    /// <summary>"email:marie@example.fr": one string, handy as a dictionary key or a database column.</summary>
    public override string ToString() => Kind switch
    {
        MatchKeyKind.ExternalId => "ext:",
        MatchKeyKind.Email => "email:",
        MatchKeyKind.Phone => "phone:",
        _ => "name:",
    } + Value;
}
