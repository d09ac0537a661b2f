using Dapper;
using ModularCrm.Host.Data;

namespace ModularCrm.Host.Users;

/// <summary>The user's language and the shop's member list: what the pages read and change besides sign-in.</summary>
internal sealed class UserProfiles(Database db)
{
    public async Task<UserProfile?> FindAsync(long userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<UserProfile>(new CommandDefinition(
            "SELECT id AS Id, email AS Email, display_name AS DisplayName, culture AS Culture, is_platform_admin AS IsPlatformAdmin FROM core_users WHERE id = @userId",
            new { userId },
            cancellationToken: ct));
    }

    public async Task SetCultureAsync(long userId, string culture, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE core_users SET culture = @culture WHERE id = @userId", new { culture, userId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<ShopMember>> MembersAsync(long shopId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<ShopMember>(new CommandDefinition(
            """
            SELECT u.id AS UserId, u.email AS Email, u.display_name AS DisplayName, su.role AS Role
            FROM core_shop_users su JOIN core_users u ON u.id = su.user_id
            WHERE su.shop_id = @shopId ORDER BY u.display_name, u.email
            """,
            new { shopId },
            cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Takes the user's role in the shop away; false when the user had none.</summary>
    public async Task<bool> RemoveAsync(long shopId, long userId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM core_shop_users WHERE shop_id = @shopId AND user_id = @userId", new { shopId, userId }, cancellationToken: ct)) > 0;
    }
}
