using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Modules.Contacts.Privacy;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>
/// RGPD from the contact page: the access export as a JSON download (the API's export, across modules) and the
/// erasure, which asks for a confirmation first and then calls the API's erasure.
/// </summary>
internal static class ContactPrivacyPages
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/{id:long}/personal-data.json", DownloadAsync);
        pages.MapGet("/{id:long}/erase", ConfirmAsync);
        pages.MapPost("/{id:long}/erase", EraseAsync);
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, IShopDb db, IShopPages pages, long id, CancellationToken ct)
    {
        var outcome = ApiOutcome.Of(await PrivacyEndpoints.ExportAsync(http, db, id, ct));
        if (!outcome.Succeeded)
        {
            return PageResults.ContactNotFound(pages, id);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(outcome.Value, Indented);
        return Results.File(json, "application/json; charset=utf-8", $"contact-{id}-donnees-personnelles.json");
    }

    private static async Task<IResult> ConfirmAsync(IShopDb db, IShopPages pages, long id, CancellationToken ct) =>
        await ContactStore.FindAsync(db, id, ct) is { } contact
            ? await RenderAsync(pages, contact, null, StatusCodes.Status200OK, ct)
            : PageResults.ContactNotFound(pages, id);

    private static async Task<IResult> EraseAsync(HttpContext http, IShopDb db, IShopPages pages, long id, IFormCollection form, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, id, ct) is not { } contact)
        {
            return PageResults.ContactNotFound(pages, id);
        }

        var t = PageText.For(pages.Language);
        if (form["confirm"] != "yes")
        {
            return await RenderAsync(pages, contact, t["confirm_required"], StatusCodes.Status400BadRequest, ct);
        }

        var outcome = ApiOutcome.Of(await PrivacyEndpoints.EraseContactAsync(http, db, id, ct));
        var results = (outcome.Value as IReadOnlyDictionary<string, string> ?? new Dictionary<string, string>())
            .Select(r => new { Module = r.Key, Outcome = r.Value }).ToList();
        return await pages.RenderAsync(t["erased_title"], "pages/erased.html", new { T = t.Table, Base = pages.BasePath, Results = results }, cancellationToken: ct);
    }

    private static Task<IResult> RenderAsync(IShopPages pages, ContactRecord contact, string? error, int status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var model = new { T = t.Table, Base = pages.BasePath, Antiforgery = pages.Antiforgery, Id = contact.Id, Name = ContactEndpoints.DisplayName(contact), Error = error };
        return pages.RenderAsync(t.Format("erase_title", ContactEndpoints.DisplayName(contact)), "pages/erase.html", model, status, ct);
    }
}
