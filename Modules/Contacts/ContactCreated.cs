namespace ModularCrm.Modules.Contacts;

/// <summary>Published when a contact is created. Subscribers declare their own type with the fields they read.</summary>
public sealed record ContactCreated(long ContactId, string Kind, string DisplayName, string? Email)
{
    /// <summary>The event name.</summary>
    public const string Name = "contacts.contact.created";
}
