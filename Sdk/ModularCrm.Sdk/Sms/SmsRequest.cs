namespace ModularCrm.Sdk.Sms;

/// <summary>One text to put in the SMS module's outbox (see <see cref="ISmsOutbox"/>).</summary>
/// <param name="Purpose">Transactional (sent at once, as is) or marketing (consent, opt-out mention and sending windows).</param>
/// <param name="Stream">
/// The caller's key for statistics, prefixed by its module id, for example <c>loyalty:birthday</c> (at most 100
/// characters); <see cref="ISmsOutbox.StatsAsync"/> reads the figures of one stream.
/// </param>
/// <param name="ContactId">
/// The recipient's contact id. Required for marketing (the contact's SMS consent and mobile decide); for a
/// transactional text, null when <paramref name="ToNumber"/> is given and belongs to no contact.
/// </param>
/// <param name="Text">The text, already rendered (plain text, at most 1,000 characters before the opt-out mention).</param>
/// <param name="ToNumber">
/// A transactional text's number in E.164 (<c>+33612345678</c>); null sends to the contact's mobile. A marketing text
/// always goes to the contact's own mobile and must leave it null.
/// </param>
public sealed record SmsRequest(SmsPurpose Purpose, string Stream, long? ContactId, string Text, string? ToNumber = null);
