namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// A contact read from a CSV row, every value cleaned and typed. Values that failed their check are null
/// here and described in the row's issues (with the raw text), so nothing invalid is ever stored silently.
/// </summary>
public sealed record ImportedContact
{
    /// <summary>Customer number in the previous tool.</summary>
    public string? ExternalId { get; init; }

    /// <summary>"M.", "Mme"... as written.</summary>
    public string? Civility { get; init; }

    /// <summary>Family name, spaces tidied.</summary>
    public string? LastName { get; init; }

    /// <summary>Given name, spaces tidied.</summary>
    public string? FirstName { get; init; }

    /// <summary>Company or shop name.</summary>
    public string? Company { get; init; }

    /// <summary>Valid e-mail address, domain in lower case.</summary>
    public string? Email { get; init; }

    /// <summary>Main phone in E.164.</summary>
    public string? Phone { get; init; }

    /// <summary>Mobile phone in E.164.</summary>
    public string? Mobile { get; init; }

    /// <summary>Street address.</summary>
    public string? Address { get; init; }

    /// <summary>Postcode, French ones on five digits.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Town.</summary>
    public string? City { get; init; }

    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Hosts home sales.</summary>
    public bool? IsHost { get; init; }

    /// <summary>Ambassador following the customer.</summary>
    public string? AmbassadorName { get; init; }

    /// <summary>Annual revenue in euros.</summary>
    public decimal? AnnualRevenue { get; init; }

    /// <summary>Remarks and interests.</summary>
    public string? Remarks { get; init; }
}
