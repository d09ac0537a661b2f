using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Duplicates;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>
/// <c>/shops/{shop}/contacts/duplicates</c>: the likely duplicates with their reasons; merging a pair shows both
/// contacts, asks which one stays and for a confirmation, then calls the API's merge.
/// </summary>
internal static class DuplicatePages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/duplicates", ListAsync);
        pages.MapGet("/duplicates/merge", (IShopDb db, IShopPages shop, long first, long second, CancellationToken ct) => ConfirmAsync(db, shop, first, second, null, ct));
        pages.MapPost("/duplicates/merge", MergeAsync);
    }

    private static async Task<IResult> ListAsync(IShopDb db, IShopPages pages, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var pairs = new List<object>();
        foreach (var (firstId, secondId, reasons) in await DuplicateEndpoints.PairsAsync(db, ct))
        {
            var first = await ContactStore.FindAsync(db, firstId, ct);
            var second = await ContactStore.FindAsync(db, secondId, ct);
            if (first is not null && second is not null)
            {
                pairs.Add(new { First = Side(pages, first), Second = Side(pages, second), Reasons = reasons, Merge = $"{pages.BasePath}/duplicates/merge?first={firstId}&second={secondId}" });
            }
        }

        var model = new { T = t.Table, Base = pages.BasePath, Pairs = pairs, HasPairs = pairs.Count > 0 };
        return await pages.RenderAsync(t["duplicates"], "pages/duplicates.html", model, cancellationToken: ct);
    }

    private static async Task<IResult> ConfirmAsync(IShopDb db, IShopPages pages, long first, long second, string? error, CancellationToken ct)
    {
        var a = await ContactStore.FindAsync(db, first, ct);
        var b = await ContactStore.FindAsync(db, second, ct);
        if (a is null || b is null)
        {
            return PageResults.ContactNotFound(pages, a is null ? first : second);
        }

        var t = PageText.For(pages.Language);
        var model = new { T = t.Table, Base = pages.BasePath, Antiforgery = pages.Antiforgery, FirstId = first, SecondId = second, Contacts = new[] { Side(pages, a), Side(pages, b) }, Error = error };
        return await pages.RenderAsync(t["merge_title"], "pages/merge.html", model, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, ct);
    }

    private static async Task<IResult> MergeAsync(IShopDb db, IShopPages pages, TimeProvider clock, IFormCollection form, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        if (!long.TryParse(form["first"], out var first) || !long.TryParse(form["second"], out var second))
        {
            return PageResults.NotFound(pages, "contact_not_found", t["merge_pair_missing"]);
        }

        var survivor = form["survivor"].ToString() == second.ToString(System.Globalization.CultureInfo.InvariantCulture) ? second : first;
        if (form["confirm"] != "yes" || string.IsNullOrEmpty(form["survivor"]))
        {
            return await ConfirmAsync(db, pages, first, second, t["merge_confirm_required"], ct);
        }

        var outcome = ApiOutcome.Of(await DuplicateEndpoints.MergeAsync(db, clock, survivor, new MergeInput(survivor == first ? second : first), ct));
        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/{survivor}?done=merged")
            : await ConfirmAsync(db, pages, first, second, outcome.Problem ?? string.Join(" ", outcome.Errors.All.Select(e => e.Message)), ct);
    }

    private static object Side(IShopPages pages, ContactRecord c) => new
    {
        c.Id, Name = ContactEndpoints.DisplayName(c), Href = $"{pages.BasePath}/{c.Id}", c.Email, Phone = c.Phone ?? c.Mobile, c.Postcode, c.City,
    };
}
