using System.Globalization;
using System.Text.Json.Serialization;

namespace ModularCrm.Modules.Contacts.Data;

/// <summary>A row of <c>contacts_contacts</c> as the API returns it.</summary>
public sealed record ContactRecord
{
    public long Id { get; init; }

    public string Kind { get; init; } = ContactKinds.Person;

    public long? CompanyId { get; init; }

    public string? Civility { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? CompanyName { get; init; }

    public string? Email { get; init; }

    /// <summary>Landline or main number, E.164.</summary>
    public string? Phone { get; init; }

    /// <summary>Mobile number, E.164.</summary>
    public string? Mobile { get; init; }

    public string? Address { get; init; }

    public string? City { get; init; }

    public string? Postcode { get; init; }

    public string? Country { get; init; }

    /// <summary>The stored ISO date (text on SQLite): Dapper reads it here, <see cref="BirthDate"/> types it.</summary>
    [JsonIgnore]
    public string? BirthDateText { get; init; }

    public DateOnly? BirthDate => BirthDateText is { Length: >= 10 } text
        ? DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : null;

    public string? Siren { get; init; }

    public string? VatNumber { get; init; }

    public string Lifecycle { get; init; } = "prospect";

    public long? OwnerUserId { get; init; }

    public long? AmbassadorId { get; init; }

    public string? AmbassadorName { get; init; }

    public bool? IsHost { get; init; }

    /// <summary>Where the contact came from: trade_fair, website, shop, import, referral, other.</summary>
    public string? Source { get; init; }

    /// <summary>The contact's number in another system: the first import match key.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Declared annual revenue (company contacts, or as imported).</summary>
    public decimal? AnnualRevenue { get; init; }

    /// <summary>Marketing remarks written by staff.</summary>
    public string? Remarks { get; init; }

    public DateTimeOffset? LastInteractionAt { get; init; }

    /// <summary>Set when the contact was anonymised (right to erasure).</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
