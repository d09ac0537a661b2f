using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Core;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Web;

/// <summary>
/// Runs after routing, before any shop endpoint: the <c>{shop}</c> must exist (404), a module endpoint's module
/// must be enabled for that shop (404, as if it did not exist) and running (503 with the reason). It then binds
/// the request to the shop, which is what makes <c>IShopDb</c> shop-bound, and adds shop and module to the log scope.
/// Access comes before everything else: an anonymous caller gets 401, a user of another shop 404 whatever the
/// path, so that nobody learns which shops or modules exist elsewhere. A module's public endpoints (<c>/p/{shop}/{module}</c>)
/// skip the access check only: shop, enablement and state are checked the same way.
/// </summary>
internal sealed class ModuleEndpointMiddleware(RequestDelegate next, ILogger<ModuleEndpointMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ShopStore shops, ShopModules shopModules, ModuleRuntime modules, ShopAccess access, RequestShop requestShop)
    {
        var endpoint = context.GetEndpoint();
        var module = endpoint?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is null && endpoint?.Metadata.GetMetadata<ShopScopedMetadata>() is null)
        {
            await next(context);
            return;
        }

        // A module's public endpoint (MapPublic) acts for nobody: it checks its caller itself (signed token).
        var isPublic = module?.IsPublic == true;
        if (!isPublic && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }

        var slug = context.GetRouteValue("shop") as string ?? string.Empty;
        var shop = await shops.FindAsync(slug, context.RequestAborted);
        // RequestShop needs a role: a public request gets the least one, Staff.
        var role = shop is null ? null : isPublic ? ShopRole.Staff : await access.RoleAsync(context.User, shop.Id, context.RequestAborted);
        if (shop is null || role is null)
        {
            await Refusal(context, statusCode: StatusCodes.Status404NotFound, title: "Boutique introuvable", detail: $"Aucune boutique « {slug} » accessible avec ce compte.")
                .ExecuteAsync(context);
            return;
        }

        if (module is not null)
        {
            if (!await shopModules.IsEnabledAsync(shop.Id, module.ModuleId, context.RequestAborted))
            {
                await Refusal(
                        context,
                        statusCode: StatusCodes.Status404NotFound,
                        title: "Introuvable",
                        detail: $"Le module « {module.ModuleId} » n'est pas activé pour la boutique « {slug} ».")
                    .ExecuteAsync(context);
                return;
            }

            if (modules.FailureReason(module.ModuleId) is { } reason)
            {
                await Refusal(
                        context,
                        statusCode: StatusCodes.Status503ServiceUnavailable,
                        title: "Module en panne",
                        detail: $"Le module « {module.ModuleId} » est en panne : {reason}")
                    .ExecuteAsync(context);
                return;
            }
        }

        if (!isPublic)
        {
            // Modules read the role through the SDK's ShopRoles: one more identity carrying it, for this request only.
            Claim[] roles = role == ShopRole.Admin ? [new(ClaimTypes.Role, ShopRoles.Staff), new(ClaimTypes.Role, ShopRoles.Admin)] : [new(ClaimTypes.Role, ShopRoles.Staff)];
            context.User.AddIdentity(new ClaimsIdentity(roles));
        }

        var moduleId = module?.ModuleId ?? "core";
        var scope = requestShop.Set(shop.ToContext(), moduleId, role.Value);
        context.Items[RequestLogScopeMiddleware.ShopScopeKey] = scope;
        using (logger.BeginScope(scope))
        {
            await next(context);
        }
    }

    // A browser gets the refusal as a page in the host layout (its own shops still in the switcher), an API client a problem.
    private static IResult Refusal(HttpContext context, int statusCode, string title, string detail) =>
        context.Request.Path.StartsWithSegments("/api")
            ? Results.Problem(statusCode: statusCode, title: title, detail: detail)
            : new Pages.Layout.LayoutResult(title, $"<p>{Pages.Layout.Html.E(detail)}</p>", statusCode);
}
