using System.Text;
using Microsoft.AspNetCore.Mvc;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Pages.ShopAdmin;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.Platform;

/// <summary>Every shop of the platform, and the form that creates one (platform admins only).</summary>
internal static class ShopsPage
{
    public static void Map(IEndpointRouteBuilder platform)
    {
        platform.MapGet("/shops", (HttpContext http, ShopStore shops, CancellationToken ct) => RenderAsync(http, shops, new FormErrors(), null, null, ct));
        platform.MapPost("/shops", CreateAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, ShopStore shops, [FromForm] string? slug, [FromForm] string? name, [FromForm] string? culture, CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        try
        {
            var shop = await shops.CreateAsync(slug ?? string.Empty, name ?? string.Empty, culture, ct);
            return await RenderAsync(http, shops, new FormErrors(), null, string.Format(t.Culture, t.ShopCreated, shop.Name), ct);
        }
        catch (UserInputException ex)
        {
            var errors = new FormErrors();
            errors.Add(ex.Field, ex.Reason);
            return await RenderAsync(http, shops, errors, (slug, name, culture), null, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> RenderAsync(
        HttpContext http, ShopStore shops, FormErrors errors, (string? Slug, string? Name, string? Culture)? input, string? message, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var rows = new StringBuilder();
        foreach (var shop in await shops.ListAsync(ct))
        {
            rows.Append($"<tr><th scope=\"row\"><a href=\"/shops/{E(Uri.EscapeDataString(shop.Slug))}\">{E(shop.Name)}</a></th><td>{E(shop.Slug)}</td><td>{E(shop.Culture)}</td></tr>");
        }

        var body = $"""
            {Notice(message, error: false)}
            <div class="table-wrap"><table><thead><tr><th scope="col">{E(t.ShopName)}</th><th scope="col">{E(t.Slug)}</th><th scope="col">{E(t.ShopCulture)}</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            <h2>{E(t.CreateShop)}</h2>
            <form class="stack" method="post" action="/admin/shops" novalidate>
            {Antiforgery(session.Antiforgery)}
            {Input("slug", t.Slug, input?.Slug, errors["slug"], required: true)}
            {Input("name", t.ShopName, input?.Name, errors["name"], required: true)}
            {Select("culture", t.ShopCulture, input?.Culture ?? "fr-FR", errors["culture"], SettingsPage.Cultures)}
            <button type="submit">{E(t.Create)}</button>
            </form>
            """;
        return new LayoutResult(t.PlatformShops, body, status);
    }
}
