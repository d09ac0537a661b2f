using Microsoft.AspNetCore.Mvc;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.ShopAdmin;

/// <summary>The shop's name and culture (the language and formats of its documents; each user picks their own interface language).</summary>
internal static class SettingsPage
{
    public static readonly (string Value, string Text)[] Cultures = [("fr-FR", "Français (France)"), ("en-GB", "English (United Kingdom)"), ("en-US", "English (United States)")];

    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/settings", (HttpContext http, RequestShop current) =>
            Render(http, current, current.Shop.Name, current.Shop.Culture, new FormErrors(), null));
        admin.MapPost("/settings", SaveAsync);
    }

    private static async Task<IResult> SaveAsync(HttpContext http, RequestShop current, ShopStore shops, [FromForm] string? name, [FromForm] string? culture, CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        try
        {
            var shop = await shops.UpdateAsync(current.Shop.ShopId, name ?? string.Empty, culture, ct);
            current.Set(current.Shop with { Name = shop.Name, Culture = shop.Culture }, current.ModuleId, current.Role);
            return Render(http, current, shop.Name, shop.Culture, new FormErrors(), t.Saved);
        }
        catch (UserInputException ex)
        {
            var errors = new FormErrors();
            errors.Add(ex.Field, ex.Reason);
            return Render(http, current, name, culture, errors, null, StatusCodes.Status400BadRequest);
        }
    }

    private static LayoutResult Render(HttpContext http, RequestShop current, string? name, string? culture, FormErrors errors, string? message, int status = StatusCodes.Status200OK)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var body = $"""
            {Notice(message, error: false)}
            <form class="stack" method="post" action="/shops/{E(Uri.EscapeDataString(current.Shop.Slug))}/{PageLayout.AdminSegment}/settings" novalidate>
            {Antiforgery(session.Antiforgery)}
            {Input("name", t.ShopName, name, errors["name"], required: true)}
            {Select("culture", t.ShopCulture, culture, errors["culture"], Cultures)}
            <p class="muted">{E(t.ShopCultureHelp)}</p>
            <button type="submit">{E(t.Save)}</button>
            </form>
            """;
        return new LayoutResult(t.Settings, body, status);
    }
}
