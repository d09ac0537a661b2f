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
/// <c>/shops/{shop}/contacts/retention</c>: the prospects past the retention period (the API's list) and their
/// purge, which asks for a confirmation and then calls the API's purge (an erasure per contact).
/// </summary>
internal static class RetentionPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/retention", (IShopDb db, IShopPages shop, TimeProvider clock, string? years, CancellationToken ct) => RenderAsync(db, shop, clock, years, null, null, ct));
        pages.MapPost("/retention/purge", PurgeAsync);
    }

    private static async Task<IResult> PurgeAsync(HttpContext http, IShopDb db, IShopPages pages, TimeProvider clock, IFormCollection form, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var years = form["years"].ToString();
        if (form["confirm"] != "yes")
        {
            return await RenderAsync(db, pages, clock, years, t["confirm_required"], null, ct);
        }

        var outcome = ApiOutcome.Of(await PrivacyEndpoints.PurgeAsync(http, db, clock, Years(years), ct));
        if (!outcome.Succeeded)
        {
            return await RenderAsync(db, pages, clock, years, null, null, ct);
        }

        var erased = JsonSerializer.SerializeToElement(outcome.Value).GetProperty("erased").GetArrayLength();
        return await RenderAsync(db, pages, clock, years, null, erased, ct);
    }

    private static async Task<IResult> RenderAsync(IShopDb db, IShopPages pages, TimeProvider clock, string? years, string? confirmError, int? erased, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var culture = new PageCulture(pages.Language);
        var outcome = ApiOutcome.Of(await PrivacyEndpoints.ListExpiredAsync(db, clock, Years(years), ct));
        var expired = outcome.Value as IReadOnlyList<ContactRecord> ?? [];
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Antiforgery = pages.Antiforgery,
            Years = years ?? "3",
            YearsError = outcome.Error("years"),
            ConfirmError = confirmError,
            Erased = erased is { } n ? t.Format("retention_erased", n) : null,
            Contacts = expired.Select(c => new
            {
                c.Id, Name = ContactEndpoints.DisplayName(c), Href = $"{pages.BasePath}/{c.Id}", c.Email,
                Last = culture.Date(c.LastInteractionAt ?? c.CreatedAt),
            }).ToList(),
            Count = expired.Count,
        };
        var status = confirmError is not null || !outcome.Succeeded ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return await pages.RenderAsync(t["retention"], "pages/retention.html", model, status, ct);
    }

    // Text the API would refuse ("abc", "0") goes as a number it refuses, so that its message names the field.
    private static int? Years(string? text) => string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text, out var n) ? n : 0;
}
