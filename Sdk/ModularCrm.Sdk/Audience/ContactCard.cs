namespace ModularCrm.Sdk.Audience;

/// <summary>What a document needs to know of a customer: who, how to reach them and where to send the paper.</summary>
/// <param name="ContactId">The contact's id: its number in the shop.</param>
/// <param name="DisplayName">The name to print: a person's full name, or a company's name.</param>
/// <param name="CompanyName">The company (the contact's own for a company, the employer for a person), or null.</param>
/// <param name="Email">The e-mail address, or null.</param>
/// <param name="PostalAddress">
/// The postal address as printed on an envelope, lines separated by <c>\n</c> (street, postcode and city, country when
/// not France), or null when the contact has none.
/// </param>
/// <param name="CustomerNumber">The customer's number in the shop's other system (accounting, till), or null.</param>
public sealed record ContactCard(long ContactId, string DisplayName, string? CompanyName, string? Email, string? PostalAddress, string? CustomerNumber);
