namespace ModularCrm.Modules.Contacts.Api;

/// <summary>What a client sends to create or replace a contact. Phones are normalised to E.164, e-mails checked.</summary>
public sealed record ContactInput(
    string? Kind,
    long? CompanyId,
    string? Civility,
    string? FirstName,
    string? LastName,
    string? CompanyName,
    string? Email,
    string? Phone,
    string? City,
    string? Postcode,
    string? Lifecycle)
{
    public string? Mobile { get; init; }

    public string? Address { get; init; }

    public string? Country { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? Siren { get; init; }

    public string? VatNumber { get; init; }

    public long? OwnerUserId { get; init; }

    public long? AmbassadorId { get; init; }

    public string? AmbassadorName { get; init; }

    public bool? IsHost { get; init; }

    public string? Source { get; init; }

    public string? ExternalId { get; init; }

    public decimal? AnnualRevenue { get; init; }

    public string? Remarks { get; init; }

    /// <summary>Free tags; null leaves the current tags unchanged on update.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
}
