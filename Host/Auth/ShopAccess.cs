using System.Globalization;
using System.Security.Claims;
using Dapper;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Auth;

/// <summary>Decides what a signed-in principal may do in a shop: the one place where tenant access is granted.</summary>
internal sealed class ShopAccess(Database db)
{
    /// <summary>The principal's role in the shop, or null when it has no access at all.</summary>
    public async Task<ShopRole?> RoleAsync(ClaimsPrincipal principal, long shopId, CancellationToken ct)
    {
        if (UserId(principal) is not { } userId)
        {
            return null;
        }

        // An API token acts on its own shop only, whoever created it.
        if (principal.FindFirst(CrmClaims.TokenShop)?.Value is { } tokenShop && tokenShop != shopId.ToString(CultureInfo.InvariantCulture))
        {
            return null;
        }

        if (principal.HasClaim(CrmClaims.PlatformAdmin, "true"))
        {
            return ShopRole.Admin;
        }

        await using var connection = await db.OpenAsync(ct);
        var role = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT role FROM core_shop_users WHERE shop_id = @shopId AND user_id = @userId",
            new { shopId, userId },
            cancellationToken: ct));
        return role switch
        {
            "admin" => ShopRole.Admin,
            "staff" => ShopRole.Staff,
            _ => null,
        };
    }

    public static long? UserId(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && long.TryParse(principal.FindFirst(CrmClaims.UserId)?.Value, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public static bool IsPlatformAdmin(ClaimsPrincipal principal) =>
        principal.HasClaim(CrmClaims.PlatformAdmin, "true") && principal.FindFirst(CrmClaims.TokenShop) is null;
}
