using ModularCrm.Sdk.Data;

namespace ModularCrm.Sdk.Audience;

/// <summary>
/// The shop's customer file as other modules may read it to pick a customer (sales documents): search by the first
/// letters of a name, an e-mail or a phone number, or by the contact's number, and read one contact's card. Implemented
/// by the contacts module, which owns the data; resolve it from the services when that module is enabled (absent otherwise).
/// </summary>
/// <remarks>Every member runs on the <see cref="IShopSql"/> the caller passes, which binds the shop.</remarks>
public interface IContactDirectory
{
    /// <summary>
    /// Contacts whose last name, first name, company, e-mail or phone starts with <paramref name="query"/> (case and
    /// accents ignored), and the contact whose number is <paramref name="query"/> when it is one, first. Erased contacts
    /// are never returned.
    /// </summary>
    /// <param name="db">The shop's SQL, or a transaction.</param>
    /// <param name="query">What the user typed; blank gives no result.</param>
    /// <param name="limit">The most contacts to return (1 to 100).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The matching contacts, sorted by name.</returns>
    Task<IReadOnlyList<ContactCard>> SearchAsync(IShopSql db, string query, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>One contact's card, or null when the shop has no such contact (or it was erased).</summary>
    /// <param name="db">The shop's SQL, or a transaction.</param>
    /// <param name="contactId">The contact's id (its number in the shop).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<ContactCard?> FindAsync(IShopSql db, long contactId, CancellationToken cancellationToken = default);
}
