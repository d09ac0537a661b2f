using ModularCrm.Sdk.Data;

namespace ModularCrm.Sdk.Audience;

/// <summary>
/// What marketing modules (e-mail, SMS) may know and change about contacts: segment members with their lawful status,
/// opt-outs, failed addresses and the contact's history. Implemented by the contacts module, which owns the data;
/// resolve it from the services when the contacts module is enabled (it is absent otherwise).
/// </summary>
/// <remarks>
/// Every member runs on the <see cref="IShopSql"/> the caller passes: it binds the shop, and when it is a transaction
/// the change commits or rolls back with the caller's own writes.
/// </remarks>
public interface IAudience
{
    /// <summary>The members of a saved segment for <paramref name="channel"/>, whatever their status, ordered by contact id.</summary>
    /// <param name="db">The shop's SQL, or a transaction.</param>
    /// <param name="segmentId">The segment's id.</param>
    /// <param name="channel">The channel: chooses the address and the consent read.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The members, or null when the shop has no such segment.</returns>
    Task<IReadOnlyList<AudienceMember>?> SegmentMembersAsync(IShopSql db, long segmentId, AudienceChannel channel, CancellationToken cancellationToken = default);

    /// <summary>One contact for <paramref name="channel"/>, or null when the shop has no such contact (or it was erased).</summary>
    /// <param name="db">The shop's SQL, or a transaction.</param>
    /// <param name="contactId">The contact's id.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<AudienceMember?> FindAsync(IShopSql db, long contactId, AudienceChannel channel, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an opt-out in the contact's consent log: for the whole channel when <see cref="ConsentWithdrawal.Topic"/>
    /// is null, otherwise for that topic only. Idempotent: repeating it adds no second opt-out.
    /// </summary>
    /// <returns>False when the contact does not exist (erased in between).</returns>
    Task<bool> WithdrawConsentAsync(IShopSql db, ConsentWithdrawal withdrawal, CancellationToken cancellationToken = default);

    /// <summary>Disables an address on a channel (hard bounce, invalid, blacklisted): members with it get <see cref="AudienceMember.AddressDisabledReason"/>.</summary>
    /// <returns>False when the contact does not exist.</returns>
    Task<bool> DisableAddressAsync(IShopSql db, AddressFailure failure, CancellationToken cancellationToken = default);

    /// <summary>
    /// The contacts (not erased) whose address on <paramref name="channel"/> is <paramref name="address"/>, ordered by id:
    /// an e-mail compared ignoring case, a mobile number in E.164 (<c>+33612345678</c>) compared exactly. What a reply
    /// from an address (an SMS STOP from a number never texted) needs to find whose consent it withdraws.
    /// </summary>
    /// <param name="db">The shop's SQL, or a transaction.</param>
    /// <param name="channel">The channel: chooses the address compared.</param>
    /// <param name="address">The address as the channel gives it.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The contacts' ids; empty when none has it.</returns>
    Task<IReadOnlyList<long>> ContactsWithAddressAsync(IShopSql db, AudienceChannel channel, string address, CancellationToken cancellationToken = default);

    /// <summary>Adds a sent message to the contact's interactions (idempotent on <see cref="AudienceInteraction.ExternalRef"/>).</summary>
    /// <returns>False when the contact does not exist, or the reference was already logged.</returns>
    Task<bool> LogInteractionAsync(IShopSql db, AudienceInteraction interaction, CancellationToken cancellationToken = default);
}
