namespace ModularCrm.Sdk.Mail;

/// <summary>One e-mail to put in the e-mailing module's outbox (see <see cref="IMailOutbox"/>).</summary>
/// <param name="Purpose">Transactional (sent as is) or marketing (lawfulness checked, unsubscribe and tracking added).</param>
/// <param name="Stream">
/// The caller's key for statistics, prefixed by its module id, for example <c>newsletter:issue:42</c> or
/// <c>loyalty:welcome</c> (at most 100 characters); <see cref="IMailOutbox.StatsAsync"/> reads the figures of one stream.
/// </param>
/// <param name="ToAddress">The recipient's address.</param>
/// <param name="ToName">The recipient's display name, or null.</param>
/// <param name="ContactId">
/// The recipient's contact id, or null for an address that is no contact (a test send to staff). A marketing message
/// with a contact is checked against that contact's consent; without one, unsubscribing records only the event.
/// </param>
/// <param name="Subject">The subject, plain text.</param>
/// <param name="Html">The HTML body, already rendered and safe.</param>
/// <param name="Text">The plain-text body; null to derive it from <paramref name="Html"/>.</param>
/// <param name="Topic">
/// For marketing: the list the message belongs to (at most 100 characters). The unsubscribe page then offers "this list
/// only" (the default, recorded as a topic opt-out) or "everything"; null for a message whose unsubscribe is global.
/// </param>
/// <param name="TopicLabel">How <paramref name="Topic"/> is shown to the recipient (for example the newsletter's name); null shows the topic itself.</param>
/// <param name="BaseUrl">
/// The public address of the host for the links (<c>https://crm.example.fr</c>) when the module configures none; null
/// falls back to <c>http://localhost</c>. Pass the current request's when there is one.
/// </param>
/// <param name="Attachments">Files to attach (a document's PDF), or null for none.</param>
public sealed record MailRequest(
    MailPurpose Purpose,
    string Stream,
    string ToAddress,
    string? ToName,
    long? ContactId,
    string Subject,
    string Html,
    string? Text = null,
    string? Topic = null,
    string? TopicLabel = null,
    string? BaseUrl = null,
    IReadOnlyList<MailAttachment>? Attachments = null);
