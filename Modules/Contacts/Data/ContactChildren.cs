namespace ModularCrm.Modules.Contacts.Data;

/// <summary>The module's tables that hang off a contact by <c>contact_id</c> (delete and merge walk them).</summary>
internal static class ContactChildren
{
    /// <summary>Per-contact data that can be deleted with the contact (purchases and the consent log are not: they are proofs).</summary>
    public static readonly string[] Tables = ["contacts_tags", "contacts_custom_values", "contacts_consents", "contacts_interactions"];

    /// <summary>Tables re-pointed to the survivor when two contacts are merged.</summary>
    public static readonly string[] History = ["contacts_interactions", "contacts_purchases", "contacts_consent_log"];
}
