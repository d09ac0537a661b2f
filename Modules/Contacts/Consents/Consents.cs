namespace ModularCrm.Modules.Contacts.Consents;

/// <summary>Channels and statuses of marketing consent.</summary>
public static class Consents
{
    /// <summary>The channels a shop may reach a contact through.</summary>
    public static readonly string[] Channels = ["email", "sms", "post", "phone"];

    /// <summary>Granted (opt-in) or withdrawn (opt-out).</summary>
    public static readonly string[] Statuses = ["granted", "withdrawn"];
}
