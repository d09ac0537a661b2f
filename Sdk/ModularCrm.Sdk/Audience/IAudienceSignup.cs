using ModularCrm.Sdk.Data;

namespace ModularCrm.Sdk.Audience;

/// <summary>
/// How a list module (newsletter) turns a confirmed sign-up into a contact with a recorded consent. Implemented by the
/// contacts module next to <see cref="IAudience"/>; resolve it from the services when that module is enabled.
/// </summary>
public interface IAudienceSignup
{
    /// <summary>
    /// Finds the shop's contact with <see cref="AudienceSignup.Address"/> (case-insensitive; the oldest when several),
    /// or creates a person with lifecycle <c>prospect</c> and origin <c>website</c>; then records the
    /// consent to <see cref="AudienceSignup.Topic"/> in the contact's consent log and lifts an earlier opt-out of that
    /// topic. The channel's own consent is not changed: a contact who opted out of every message stays opted out until
    /// they give that consent again. Runs on the caller's <paramref name="db"/> (a transaction commits it all or nothing).
    /// </summary>
    /// <param name="db">The shop's SQL, or a transaction.</param>
    /// <param name="signup">The confirmed sign-up.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The contact's id.</returns>
    Task<long> SignUpAsync(IShopSql db, AudienceSignup signup, CancellationToken cancellationToken = default);
}
