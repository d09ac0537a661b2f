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

/// <summary><c>/shops/{shop}/contacts/{id}/edit</c>: the contact form filled in, saved through the API's update handler.</summary>
internal static class ContactEditPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/{id:long}/edit", ShowAsync);
        pages.MapPost("/{id:long}/edit", SaveAsync);
    }

    private static async Task<IResult> ShowAsync(IShopDb db, IShopPages pages, long id, CancellationToken ct) =>
        await ContactStore.FindAsync(db, id, ct) is { } contact
            ? await RenderAsync(pages, contact, ContactForm.Of(contact), new FormErrors(), StatusCodes.Status200OK, ct)
            : PageResults.ContactNotFound(pages, id);

    private static async Task<IResult> SaveAsync(IShopDb db, IShopPages pages, TimeProvider clock, long id, [FromForm] ContactForm form, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is not { } contact)
        {
            return PageResults.ContactNotFound(pages, id);
        }

        var outcome = ApiOutcome.Of(await ContactEndpoints.UpdateAsync(db, clock, id, form.ToUpdateOf(contact), ct)).In(PageText.For(pages.Language));
        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/{id}?updated=1")
            : await RenderAsync(pages, contact, form, outcome.Errors, StatusCodes.Status400BadRequest, ct);
    }

    private static Task<IResult> RenderAsync(IShopPages pages, ContactRecord contact, ContactForm form, FormErrors errors, int status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var title = t.Format("edit_title", ContactEndpoints.DisplayName(contact));
        return new ContactFormView(title, $"{pages.BasePath}/{contact.Id}/edit", t["save"], t["not_saved"], form, errors, []).RenderAsync(pages, status, ct);
    }
}
