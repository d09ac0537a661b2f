using System.Globalization;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

// Folder Directory/, namespace CustomerFile: a namespace named Directory would hide System.IO.Directory from the whole module.
namespace ModularCrm.Modules.Contacts.CustomerFile;

/// <summary>
/// The contacts module's side of <see cref="IContactDirectory"/>: the customer file's own prefix search (one index range
/// per branch) plus the contact's number, read as cards for other modules' documents.
/// </summary>
internal sealed class ContactDirectory : IContactDirectory
{
    public async Task<IReadOnlyList<ContactCard>> SearchAsync(IShopSql db, string query, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        limit = Math.Clamp(limit, 1, 100);
        var found = new List<ContactRecord>();
        if (long.TryParse(query.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && await ContactStore.FindAsync(db, number, cancellationToken) is { } byNumber)
        {
            found.Add(byNumber);
        }

        found.AddRange(await ContactStore.SearchAsync(db, query, null, 0, limit, cancellationToken));
        return found.Where(c => c.ErasedAt is null).DistinctBy(c => c.Id).Take(limit).Select(Card).ToList();
    }

    public async Task<ContactCard?> FindAsync(IShopSql db, long contactId, CancellationToken cancellationToken = default) =>
        await ContactStore.FindAsync(db, contactId, cancellationToken) is { ErasedAt: null } contact ? Card(contact) : null;

    private static ContactCard Card(ContactRecord c) => new(
        c.Id,
        c.Kind == ContactKinds.Company ? c.CompanyName ?? string.Empty : $"{c.Civility} {c.FirstName} {c.LastName}".Trim(),
        c.CompanyName,
        c.Email,
        PostalAddress(c),
        c.ExternalId);

    // Envelope order (La Poste): street, then postcode and city, then the country only when it is not France.
    private static string? PostalAddress(ContactRecord c)
    {
        var lines = new[] { c.Address?.Trim(), $"{c.Postcode} {c.City}".Trim(), c.Country is null or "FR" ? null : c.Country }
            .Where(l => !string.IsNullOrEmpty(l));
        var text = string.Join("\n", lines);
        return text.Length == 0 ? null : text;
    }
}
