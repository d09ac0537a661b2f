using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>
/// <c>/shops/{shop}/contacts/new</c>: the creation form. The API's validation, its messages next to each field;
/// a likely duplicate is shown first, with links, and created only when the user confirms.
/// </summary>
internal static class ContactCreatePage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/new", (IShopPages shop, CancellationToken ct) => RenderAsync(shop, new ContactForm(), new FormErrors(), [], StatusCodes.Status200OK, ct));
        pages.MapPost("/new", CreateAsync);
    }

    private static async Task<IResult> CreateAsync(IShopDb db, IShopPages pages, TimeProvider clock, [FromForm] ContactForm form, CancellationToken ct)
    {
        var input = form.ToInput();
        var (errors, values) = await ContactEndpoints.ValidateAsync(db, input, null, ct);
        if (errors.Any)
        {
            return await RenderAsync(pages, form, errors.Localize(PageText.For(pages.Language).ErrorText), [], StatusCodes.Status400BadRequest, ct);
        }

        if (form.Confirm != "yes" && await ContactStore.DuplicatesOfAsync(db, values, null, ct) is { Count: > 0 } duplicates)
        {
            return await RenderAsync(pages, form, errors, duplicates, StatusCodes.Status409Conflict, ct);
        }

        var saved = await ContactEndpoints.InsertAsync(db, values, [], clock.GetUtcNow(), ct);
        return Results.Redirect($"{pages.BasePath}/{saved.Contact.Id}?done=created");
    }

    private static Task<IResult> RenderAsync(
        IShopPages pages, ContactForm form, FormErrors errors, IReadOnlyList<DuplicateWarning> duplicates, int status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var view = new ContactFormView(t["new_contact"], $"{pages.BasePath}/new", t["create_contact"], t["not_created"], form, errors, duplicates);
        return view.RenderAsync(pages, status, ct);
    }
}
