namespace ModularCrm.Modules.Contacts.Import;

/// <summary>What a <see cref="ContactMatchKey"/> is built from, strongest first.</summary>
public enum MatchKeyKind
{
    /// <summary>The customer number from the previous tool.</summary>
    ExternalId,

    /// <summary>The e-mail address (lower case).</summary>
    Email,

    /// <summary>The phone (or mobile) in E.164.</summary>
    Phone,

    /// <summary>Folded first and last names with the postcode.</summary>
    NameAndPostcode,
}
