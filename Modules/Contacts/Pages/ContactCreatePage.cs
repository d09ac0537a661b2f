using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>
/// <c>/shops/{shop}/contacts/new</c>: the creation form. The API's validation, its messages next to each field;
/// a likely duplicate is shown first, with links, and created only when the user confirms.
/// </summary>
internal static class ContactCreatePage
{
    private const string Title = "Nouveau contact";

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/new", (IShopPages shop, CancellationToken ct) => RenderAsync(shop, new ContactForm(), new Dictionary<string, string[]>(), [], StatusCodes.Status200OK, ct));
        pages.MapPost("/new", CreateAsync);
    }

    private static async Task<IResult> CreateAsync(IShopDb db, IShopPages pages, TimeProvider clock, [FromForm] ContactForm form, CancellationToken ct)
    {
        var input = form.ToInput();
        var (errors, values) = await ContactEndpoints.ValidateAsync(db, input, null, ct);
        if (errors.Count > 0)
        {
            return await RenderAsync(pages, form, errors, [], StatusCodes.Status400BadRequest, ct);
        }

        if (form.Confirm != "yes" && await ContactStore.DuplicatesOfAsync(db, values, null, ct) is { Count: > 0 } duplicates)
        {
            return await RenderAsync(pages, form, errors, duplicates, StatusCodes.Status409Conflict, ct);
        }

        var saved = await ContactEndpoints.InsertAsync(db, values, [], clock.GetUtcNow(), ct);
        return Results.Redirect($"{pages.BasePath}/{saved.Contact.Id}?created=1");
    }

    private static Task<IResult> RenderAsync(
        IShopPages pages, ContactForm form, Dictionary<string, string[]> errors, IReadOnlyList<DuplicateWarning> duplicates, int status, CancellationToken ct)
    {
        string? Error(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
        var model = new
        {
            Base = pages.BasePath,
            Antiforgery = pages.Antiforgery,
            Kind = form.Kind ?? ContactKinds.Person,
            KindError = Error("kind"),
            Fields = new[]
            {
                new FormField("firstName", "Prénom", form.FirstName, Error("firstName"), Autocomplete: "given-name"),
                new FormField("lastName", "Nom (obligatoire pour une personne)", form.LastName, Error("lastName"), Autocomplete: "family-name"),
                new FormField("companyName", "Raison sociale (obligatoire pour une société)", form.CompanyName, Error("companyName"), Autocomplete: "organization"),
                new FormField("email", "E-mail", form.Email, Error("email"), "email", "email"),
                new FormField("phone", "Téléphone", form.Phone, Error("phone"), "tel", "tel"),
                new FormField("postcode", "Code postal", form.Postcode, Error("postcode"), Autocomplete: "postal-code"),
                new FormField("city", "Ville", form.City, Error("city"), Autocomplete: "address-level2"),
            },
            Duplicates = duplicates.Select(d => new { Href = $"{pages.BasePath}/{d.ContactId}", Name = d.DisplayName, Reasons = string.Join(", ", d.Reasons) }).ToList(),
            HasDuplicates = duplicates.Count > 0,
            HasErrors = errors.Count > 0,
        };
        return pages.RenderAsync(Title, "pages/new.html", model, status, ct);
    }
}
