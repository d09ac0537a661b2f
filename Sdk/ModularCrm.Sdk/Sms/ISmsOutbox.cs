using ModularCrm.Sdk.Data;

namespace ModularCrm.Sdk.Sms;

/// <summary>
/// The SMS module's outbox, for other modules (loyalty, sales, appointments): queue a text in the caller's transaction
/// and read the statistics of a stream. Implemented by the SMS module, which owns the outbox, the operator, the French
/// rules and the STOP replies; resolve it from the request or job services when that module is enabled (it is absent
/// otherwise). Declare <c>sms</c> in the manifest's <c>dependsOn</c>, or resolve it optionally.
/// </summary>
/// <remarks>
/// The text is delivered later by the SMS module's sender (retries, per-shop rate limit, nothing lost on restart), from
/// the shop's sender name. The caller renders the text itself; the outbox adds what the law needs to marketing texts
/// (see <see cref="SmsPurpose.Marketing"/>), and checks consent again when the text leaves, since it may wait days.
/// </remarks>
public interface ISmsOutbox
{
    /// <summary>
    /// Queues <paramref name="request"/> in <paramref name="db"/>: when it is a transaction, the text is sent only if it
    /// commits. A text that may not be sent is not queued, and the receipt says why.
    /// </summary>
    /// <param name="db">The shop's SQL, or the caller's transaction.</param>
    /// <param name="request">The text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException">
    /// The request has no stream, an empty or too long text, no recipient at all, or is marketing without a contact or with a number.
    /// </exception>
    Task<SmsReceipt> EnqueueAsync(IShopSql db, SmsRequest request, CancellationToken cancellationToken = default);

    /// <summary>The figures of every text queued with <paramref name="stream"/> (zeros when there is none).</summary>
    /// <param name="db">The shop's SQL.</param>
    /// <param name="stream">The stream key, exactly as queued.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    Task<SmsStreamStats> StatsAsync(IShopSql db, string stream, CancellationToken cancellationToken = default);
}
