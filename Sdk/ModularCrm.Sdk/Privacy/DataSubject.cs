namespace ModularCrm.Sdk.Privacy;

/// <summary>The person a right of access or erasure is about.</summary>
/// <param name="ContactId">The contact's id in the contacts module.</param>
/// <param name="Emails">The person's known email addresses, for modules that key on them.</param>
/// <param name="Phones">The person's known phone numbers in E.164, for modules that key on them.</param>
public sealed record DataSubject(long ContactId, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones);
