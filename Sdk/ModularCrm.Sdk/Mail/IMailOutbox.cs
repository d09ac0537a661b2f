using ModularCrm.Sdk.Data;

namespace ModularCrm.Sdk.Mail;

/// <summary>
/// The e-mailing module's outbox, for other modules (newsletter, loyalty, sales reminders): queue a message in the
/// caller's transaction and read the statistics of a stream. Implemented by the e-mailing module, which owns the
/// outbox, the transports, the unsubscribe and tracking links; resolve it from the request or job services when that
/// module is enabled (it is absent otherwise). Declare <c>emailing</c> in the manifest's <c>dependsOn</c>.
/// </summary>
/// <remarks>
/// The message is delivered later by the e-mailing module's sender (retries, rate limit, nothing lost on restart), with
/// the shop's sender address. The caller renders subject and bodies itself; the outbox only adds what the law and the
/// statistics need to marketing messages (see <see cref="MailPurpose.Marketing"/>).
/// </remarks>
public interface IMailOutbox
{
    /// <summary>
    /// Queues <paramref name="request"/> in <paramref name="db"/>: when it is a transaction, the message is sent only if
    /// it commits. A marketing message to a contact who may not receive it is not queued, and the receipt says why.
    /// </summary>
    /// <param name="db">The shop's SQL, or the caller's transaction.</param>
    /// <param name="request">The message.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException">The request has no stream, no recipient address or no subject.</exception>
    Task<MailReceipt> EnqueueAsync(IShopSql db, MailRequest request, CancellationToken cancellationToken = default);

    /// <summary>The figures of every message queued with <paramref name="stream"/> (zeros when there is none).</summary>
    /// <param name="db">The shop's SQL.</param>
    /// <param name="stream">The stream key, exactly as queued.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    Task<MailStreamStats> StatsAsync(IShopSql db, string stream, CancellationToken cancellationToken = default);
}
