using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Pages.Shared;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>The fields the creation and edit pages post (form names as in the API's JSON).</summary>
internal sealed record ContactForm
{
    public string? Kind { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? CompanyName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Mobile { get; init; }

    public string? Address { get; init; }

    public string? Postcode { get; init; }

    public string? City { get; init; }

    /// <summary>"yes" once the user has seen the possible duplicates and still wants the contact.</summary>
    public string? Confirm { get; init; }

    public static ContactForm Of(ContactRecord c) => new()
    {
        Kind = c.Kind, FirstName = c.FirstName, LastName = c.LastName, CompanyName = c.CompanyName, Email = c.Email,
        Phone = c.Phone, Mobile = c.Mobile, Address = c.Address, Postcode = c.Postcode, City = c.City,
    };

    public ContactInput ToInput() =>
        new(Kind, null, null, FirstName, LastName, CompanyName, Email, Phone, City, Postcode, null) { Mobile = Mobile, Address = Address };

    /// <summary>
    /// The update the API receives: the form's fields over everything else the contact already has, since an API
    /// update replaces the whole contact and the page shows only the everyday fields.
    /// </summary>
    public ContactInput ToUpdateOf(ContactRecord c) =>
        new(Kind, c.CompanyId, c.Civility, FirstName, LastName, CompanyName, Email, Phone, City, Postcode, c.Lifecycle)
        {
            Mobile = Mobile, Address = Address, Country = c.Country, BirthDate = c.BirthDate, Siren = c.Siren, VatNumber = c.VatNumber,
            OwnerUserId = c.OwnerUserId, AmbassadorId = c.AmbassadorId, AmbassadorName = c.AmbassadorName, IsHost = c.IsHost,
            Source = c.Source, ExternalId = c.ExternalId, AnnualRevenue = c.AnnualRevenue, Remarks = c.Remarks,
        };

    /// <summary>The fields as the form template draws them, labels in the user's language.</summary>
    public IReadOnlyList<FormFieldView> Fields(PageText t, Func<string, string?> error) =>
    [
        Field("firstName", t["first_name"], FirstName, error, autocomplete: "given-name"),
        Field("lastName", t["last_name_required"], LastName, error, autocomplete: "family-name"),
        Field("companyName", t["company_required"], CompanyName, error, autocomplete: "organization"),
        Field("email", t["email"], Email, error, "email", "email"),
        Field("phone", t["phone"], Phone, error, "tel", "tel"),
        Field("mobile", t["mobile"], Mobile, error, "tel", "tel"),
        Field("address", t["address"], Address, error, autocomplete: "street-address"),
        Field("postcode", t["postcode"], Postcode, error, autocomplete: "postal-code"),
        Field("city", t["city"], City, error, autocomplete: "address-level2"),
    ];

    private static FormFieldView Field(string name, string label, string? value, Func<string, string?> error, string type = "text", string? autocomplete = null) =>
        new(name, label, value, error(name), type, autocomplete);
}
