namespace ModularCrm.Sdk.Mail;

/// <summary>Why a message is sent: it decides which obligations the e-mailing module adds to it.</summary>
public enum MailPurpose
{
    /// <summary>
    /// A message the recipient asked for or needs (confirmation link, document, receipt): sent as written, without
    /// unsubscribe link nor tracking.
    /// </summary>
    Transactional,

    /// <summary>
    /// Marketing (newsletter issue, offer, reminder of a programme): refused when the contact withdrew e-mail consent,
    /// opted out of <see cref="MailRequest.Topic"/> or has a disabled address; otherwise it gets a signed unsubscribe
    /// link and the <c>List-Unsubscribe</c> / <c>List-Unsubscribe-Post</c> headers (RFC 8058), an open pixel and tracked
    /// links to the shop's allowed hosts.
    /// </summary>
    Marketing,
}
