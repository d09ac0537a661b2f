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

    public string? Phone { get; init; }

    public string? City { get; init; }

    public string? Postcode { get; init; }

    public string Lifecycle { get; init; } = "prospect";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
