using System.Security.Claims;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Core;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Web;

/// <summary>The host's own API: shops, modules found, module states per shop.</summary>
internal static class PlatformEndpoints
{
    public const string PlatformAdminPolicy = "platform-admin";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Platform");
        api.MapGet("/modules", (ModuleRuntime modules) => Results.Ok(modules.Infos().Select(ModuleView.From)))
            .RequireAuthorization(PlatformAdminPolicy);
        api.MapGet("/shops", async (ShopStore shops, ClaimsPrincipal user, CancellationToken ct) =>
                Results.Ok(ShopAccess.IsPlatformAdmin(user)
                    ? await shops.ListAsync(ct)
                    : await shops.ListForUserAsync(ShopAccess.UserId(user)!.Value, ct)))
            .RequireAuthorization();
        api.MapPost("/shops", async (ShopStore shops, NewShop input, CancellationToken ct) =>
            {
                var shop = await shops.CreateAsync(input.Slug ?? string.Empty, input.Name ?? string.Empty, input.Culture, ct);
                return Results.Created($"/api/shops/{shop.Slug}", shop);
            })
            .RequireAuthorization(PlatformAdminPolicy);

        var shop = api.MapGroup("/shops/{shop}").WithMetadata(new ShopScopedMetadata());
        shop.MapGet("/modules", async (RequestShop current, ShopModules modules, CancellationToken ct) =>
            Results.Ok(await modules.ListAsync(current.Shop.ShopId, ct)));
        shop.MapPost("/modules/{module}/enable", async (RequestShop current, ShopModules modules, ClaimsPrincipal user, string module, CancellationToken ct) =>
            current.Role != ShopRole.Admin
                ? AdminOnly()
                : Results.Ok(await modules.EnableAsync(current.Shop.ShopId, module, ShopAccess.UserId(user), ct)));
        shop.MapPost("/modules/{module}/disable", async (RequestShop current, ShopModules modules, ClaimsPrincipal user, string module, CancellationToken ct) =>
            current.Role != ShopRole.Admin
                ? AdminOnly()
                : Results.Ok(await modules.DisableAsync(current.Shop.ShopId, module, ShopAccess.UserId(user), ct)));
    }

    private static IResult AdminOnly() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Accès refusé", detail: "Réservé aux administrateurs de la boutique.");

    private sealed record NewShop(string? Slug, string? Name, string? Culture);

    private sealed record ModuleView(string Id, string DisplayName, string Version, string Sdk, IReadOnlyList<string> DependsOn, string State, string? Reason)
    {
        public static ModuleView From(ModuleInfo m) => new(m.Id, m.DisplayName, m.Version, m.SdkRange, m.DependsOn, m.State, m.Reason);
    }
}
