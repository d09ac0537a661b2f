namespace ModularCrm.Sdk.Sms;

/// <summary>The figures of one stream of texts (see <see cref="SmsRequest.Stream"/>), the same as a campaign's.</summary>
/// <param name="Queued">Texts waiting in the outbox (possibly for their sending window).</param>
/// <param name="Cancelled">Texts cancelled before they left (consent withdrawn, STOP received, number changed).</param>
/// <param name="Sent">Texts the operator took.</param>
/// <param name="Segments">SMS billed for the sent texts (a long text counts several).</param>
/// <param name="Delivered">Texts whose delivery the operator reported.</param>
/// <param name="Failed">Texts reported undelivered, or parked after a refusal or too many attempts.</param>
/// <param name="Stops">Numbers that answered STOP to a text of the stream.</param>
public sealed record SmsStreamStats(long Queued, long Cancelled, long Sent, long Segments, long Delivered, long Failed, long Stops);
