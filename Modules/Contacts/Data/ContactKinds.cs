namespace ModularCrm.Modules.Contacts.Data;

/// <summary>The two kinds of contact.</summary>
public static class ContactKinds
{
    /// <summary>A natural person.</summary>
    public const string Person = "person";

    /// <summary>A legal person (company, association…).</summary>
    public const string Company = "company";
}
