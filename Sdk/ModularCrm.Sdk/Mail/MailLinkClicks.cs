namespace ModularCrm.Sdk.Mail;

/// <summary>The clicks on one tracked link of a stream.</summary>
/// <param name="Url">The link's target.</param>
/// <param name="Clicks">Every click.</param>
/// <param name="UniqueClicks">Messages in which it was clicked.</param>
public sealed record MailLinkClicks(string Url, long Clicks, long UniqueClicks);
