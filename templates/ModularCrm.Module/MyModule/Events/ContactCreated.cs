namespace MyModule.Events;

/// <summary>The part of the contacts module's <c>contacts.contact-created</c> event this module reads.</summary>
/// <param name="ContactId">The new contact.</param>
/// <param name="DisplayName">Its name as shown to the shop.</param>
public sealed record ContactCreated(long ContactId, string DisplayName);
