using ModularCrm.Host.Auth;
using ModularCrm.Host.Pages.Home;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Pages.Platform;
using ModularCrm.Host.Pages.ShopAdmin;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages;

/// <summary>
/// The host's own pages: landing, shop home, shop administration (under <c>/shops/{shop}/_admin</c>: the underscore
/// cannot start a module id, so no module's pages can collide) and platform administration (<c>/admin</c>).
/// </summary>
internal static class PageEndpoints
{
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<PageLayout>();
        services.AddSingleton<HomeFigures>();
        services.AddSingleton<UserProfiles>();
        services.AddScoped<IShopPages, ShopPages>();
        return services;
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        StaticEndpoints.Map(app);
        app.MapGet("/", LandingAsync).RequireAuthorization().ExcludeFromDescription();

        var shop = app.MapGroup("/shops/{shop}").WithMetadata(new ShopScopedMetadata()).ExcludeFromDescription();
        HomePage.Map(shop);
        var admin = shop.MapGroup($"/{PageLayout.AdminSegment}").AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<RequestShop>().Role == ShopRole.Admin
                ? await next(context)
                : Forbidden(context.HttpContext));
        ModulesAdminPage.Map(admin);
        UsersPage.Map(admin);
        SettingsPage.Map(admin);
        TemplatesPage.Map(admin);
        RegisterPage.Map(admin);

        var platform = app.MapGroup("/admin").RequireAuthorization().ExcludeFromDescription().AddEndpointFilter(async (context, next) =>
            ShopAccess.IsPlatformAdmin(context.HttpContext.User) ? await next(context) : Forbidden(context.HttpContext));
        ShopsPage.Map(platform);
        PlatformModulesPage.Map(platform);
    }

    private static LayoutResult Forbidden(HttpContext http)
    {
        var t = PageSession.For(http).Text;
        return new LayoutResult(t.Forbidden, $"<p>{E(t.ForbiddenDetail)}</p>", StatusCodes.Status403Forbidden);
    }

    /// <summary>Straight to the shop when there is one; a chooser for people of several shops.</summary>
    private static async Task<IResult> LandingAsync(HttpContext http, ShopStore shops, CancellationToken ct)
    {
        var session = PageSession.For(http);
        var mine = session.IsPlatformAdmin ? await shops.ListAsync(ct) : await shops.ListForUserAsync(session.UserId!.Value, ct);
        if (mine.Count == 1)
        {
            return Results.Redirect($"/shops/{Uri.EscapeDataString(mine[0].Slug)}");
        }

        var t = session.Text;
        if (mine.Count == 0)
        {
            return session.IsPlatformAdmin
                ? Results.Redirect("/admin/shops")
                : new LayoutResult(t.YourShops, $"<p>{E(t.NoShop)}</p>");
        }

        var items = string.Concat(mine.Select(s => $"<li><a href=\"/shops/{E(Uri.EscapeDataString(s.Slug))}\">{E(s.Name)}</a></li>"));
        return new LayoutResult(t.YourShops, $"<ul>{items}</ul>");
    }
}
