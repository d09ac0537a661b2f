namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>
/// The payload of <c>emailing.unsubscribed</c>, published in the transaction that records an unsubscribe (page or
/// RFC 8058 one-click), so that list modules (the newsletter) see it at once. Its JSON (camelCase) is a contract with
/// subscribers: change it only by adding members.
/// </summary>
/// <param name="MessageId">The outbox id of the message whose link was used.</param>
/// <param name="ContactId">The recipient's contact, or null for a message to an address that is no contact (a test send).</param>
/// <param name="Email">The address the message was sent to.</param>
/// <param name="Topic">The list left (<c>newsletter:actus</c>), or null when the recipient left every marketing e-mail of the shop.</param>
/// <param name="Source"><c>emailing:unsubscribe-page</c> or <c>emailing:one-click</c>, as in the consent log.</param>
/// <param name="UnsubscribedAt">When it was recorded.</param>
internal sealed record Unsubscribed(long MessageId, long? ContactId, string Email, string? Topic, string Source, DateTimeOffset UnsubscribedAt)
{
    public const string EventName = "emailing.unsubscribed";
}
