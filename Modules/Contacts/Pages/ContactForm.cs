using ModularCrm.Modules.Contacts.Api;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>The fields the creation page posts (form names as in the API's JSON).</summary>
internal sealed record ContactForm
{
    public string? Kind { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? CompanyName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Postcode { get; init; }

    public string? City { get; init; }

    /// <summary>"yes" once the user has seen the possible duplicates and still wants the contact.</summary>
    public string? Confirm { get; init; }

    public ContactInput ToInput() =>
        new(Kind, null, null, FirstName, LastName, CompanyName, Email, Phone, City, Postcode, null);
}
