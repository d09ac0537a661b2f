namespace ModularCrm.Modules.Newsletter.Unsubscribes;

/// <summary>
/// The e-mailing module's event <c>emailing.unsubscribed</c>, as this module reads it: <see cref="Topic"/> is the list
/// left (<c>newsletter:&lt;slug&gt;</c> for ours) or null when the person left every marketing e-mail.
/// </summary>
internal sealed record EmailUnsubscribed(long MessageId, long? ContactId, string? Email, string? Topic, string? Source, DateTimeOffset UnsubscribedAt)
{
    public const string Name = "emailing.unsubscribed";
}
