namespace ModularCrm.Sdk.Audience;

/// <summary>A contact as a marketing module sees it for one channel: where to reach them, what to personalise with, and whether it is lawful.</summary>
/// <param name="ContactId">The contact's id in the contacts module.</param>
/// <param name="Address">The address for the channel (e-mail, or mobile number in E.164 for SMS); null when the contact has none.</param>
/// <param name="DisplayName">The name to address the message to (person's full name or company name).</param>
/// <param name="Civility">The civility (M., Mme…) or null.</param>
/// <param name="FirstName">The first name or null.</param>
/// <param name="LastName">The last name or null.</param>
/// <param name="CompanyName">The company name or null.</param>
/// <param name="LastPurchaseOn">The date of the contact's last invoice, or null when they never bought.</param>
/// <param name="Status">The marketing status for the channel.</param>
/// <param name="AddressDisabledReason">Why the address may not be used any more (hard bounce, invalid, blacklisted), or null when it may.</param>
/// <param name="WithdrawnTopics">Topics (lists) the contact opted out of on this channel, while keeping the channel itself.</param>
public sealed record AudienceMember(
    long ContactId,
    string? Address,
    string DisplayName,
    string? Civility,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    DateOnly? LastPurchaseOn,
    MarketingStatus Status,
    string? AddressDisabledReason,
    IReadOnlyList<string> WithdrawnTopics)
{
    /// <summary>The contact's date of birth, or null when unknown (birthday messages of a loyalty programme).</summary>
    public DateOnly? BirthDate { get; init; }
}
