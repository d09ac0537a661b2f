using System.Text.Json.Serialization;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>A contact field a CSV column can feed. Saved by name in mappings, so never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContactField>))]
public enum ContactField
{
    /// <summary>The customer number in the shop's previous tool ("N° client").</summary>
    ExternalId,

    /// <summary>"M.", "Mme"...</summary>
    Civility,

    /// <summary>Family name.</summary>
    LastName,

    /// <summary>Given name.</summary>
    FirstName,

    /// <summary>Company or shop name.</summary>
    Company,

    /// <summary>E-mail address.</summary>
    Email,

    /// <summary>Main phone number.</summary>
    Phone,

    /// <summary>Mobile phone number.</summary>
    Mobile,

    /// <summary>Street address.</summary>
    Address,

    /// <summary>Postcode.</summary>
    PostalCode,

    /// <summary>Town.</summary>
    City,

    /// <summary>Date of birth.</summary>
    BirthDate,

    /// <summary>Whether the customer hosts home sales ("Hôte" Oui/Non).</summary>
    IsHost,

    /// <summary>Name of the ambassador (sales representative) following the customer.</summary>
    AmbassadorName,

    /// <summary>Annual revenue in euros.</summary>
    AnnualRevenue,

    /// <summary>Free remarks and interests.</summary>
    Remarks,
}
