namespace ModularCrm.Modules.Loyalty.Events;

/// <summary>The fields loyalty reads of <c>contacts.contact.created</c>: enough to fill in a card issued on a first purchase.</summary>
internal sealed record ContactCreatedPayload(long ContactId, string? DisplayName, string? Email)
{
    public const string Name = "contacts.contact.created";
}
