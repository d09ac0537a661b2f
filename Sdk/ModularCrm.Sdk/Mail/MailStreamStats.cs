namespace ModularCrm.Sdk.Mail;

/// <summary>The figures of one stream of messages (see <see cref="MailRequest.Stream"/>), the same as a campaign's.</summary>
/// <param name="Queued">Messages waiting in the outbox.</param>
/// <param name="Failed">Messages parked after a permanent failure or too many attempts.</param>
/// <param name="Sent">Messages the mail server accepted.</param>
/// <param name="Delivered">Sent minus bounced.</param>
/// <param name="UniqueOpens">Messages opened at least once (a floor: blocked images count no open).</param>
/// <param name="UniqueClicks">Messages with at least one tracked click.</param>
/// <param name="HardBounces">Messages that bounced permanently.</param>
/// <param name="SoftBounces">Messages that bounced temporarily.</param>
/// <param name="Unsubscribes">Messages whose unsubscribe link was used.</param>
/// <param name="Clicks">Clicks per link, most clicked first.</param>
public sealed record MailStreamStats(
    long Queued,
    long Failed,
    long Sent,
    long Delivered,
    long UniqueOpens,
    long UniqueClicks,
    long HardBounces,
    long SoftBounces,
    long Unsubscribes,
    IReadOnlyList<MailLinkClicks> Clicks);
