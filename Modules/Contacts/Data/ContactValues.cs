using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Data;

/// <summary>The normalised values written to <c>contacts_contacts</c>, from the API or from an import.</summary>
internal sealed record ContactValues
{
    public string Kind { get; init; } = ContactKinds.Person;

    public long? CompanyId { get; init; }

    public string? Civility { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? CompanyName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Mobile { get; init; }

    public string? Address { get; init; }

    public string? City { get; init; }

    public string? Postcode { get; init; }

    public string? Country { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? Siren { get; init; }

    public string? VatNumber { get; init; }

    public string Lifecycle { get; init; } = "prospect";

    public long? OwnerUserId { get; init; }

    public long? AmbassadorId { get; init; }

    public string? AmbassadorName { get; init; }

    public bool? IsHost { get; init; }

    public string? Source { get; init; }

    public string? ExternalId { get; init; }

    public decimal? AnnualRevenue { get; init; }

    public string? Remarks { get; init; }

    /// <summary>
    /// Folded first + last name and postcode (the name half of duplicate detection); without a postcode, folded
    /// name and city, so that a trade-fair list with towns only still re-imports without duplicates.
    /// </summary>
    public string? NameKey => DuplicateDetector.NameKey(FirstName, LastName, Postcode)
        ?? (NameFolder.Compact(LastName) is { Length: > 0 } last && NameFolder.Compact(City) is { Length: > 0 } city
            ? $"{NameFolder.Compact(FirstName)} {last}|ville:{city}"
            : null);
}
