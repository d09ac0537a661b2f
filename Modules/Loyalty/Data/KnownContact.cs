namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>What <c>contacts.contact.created</c> told loyalty about a contact (<c>loyalty_contacts</c>).</summary>
internal sealed class KnownContact
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }
}
