using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>
/// <c>/shops/{shop}/contacts</c>: the contact list with the API's prefix search, one page of
/// <see cref="PageSize"/> at a time (one row more is read to know whether a next page exists).
/// </summary>
internal static class ContactListPage
{
    public const int PageSize = 25;

    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, IShopPages pages, string? q, int? page, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var number = Math.Max(page ?? 1, 1);
        var found = await ContactStore.SearchAsync(db, q, null, (number - 1) * PageSize, PageSize + 1, ct);
        var rows = found.Take(PageSize).Select(c => new ContactRow(
            c.Id, ContactEndpoints.DisplayName(c), c.Kind == ContactKinds.Company ? t["kind_company"] : t["kind_person"], c.Email, c.Phone ?? c.Mobile, c.City)).ToList();
        var search = string.IsNullOrWhiteSpace(q) ? string.Empty : "&q=" + Uri.EscapeDataString(q.Trim());
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Search = q,
            Contacts = rows,
            Count = rows.Count,
            PageNumber = number.ToString(CultureInfo.InvariantCulture),
            PreviousHref = number > 1 ? $"{pages.BasePath}?page={number - 1}{search}" : null,
            NextHref = found.Count > PageSize ? $"{pages.BasePath}?page={number + 1}{search}" : null,
        };
        return await pages.RenderAsync(t["contacts"], "pages/list.html", model, cancellationToken: ct);
    }
}
