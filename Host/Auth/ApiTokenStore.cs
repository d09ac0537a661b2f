using System.Security.Cryptography;
using System.Text;
using Dapper;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Auth;

/// <summary>
/// Personal API tokens: shown once at creation, stored as a SHA-256 hash (a token is 256 random bits, so a slow
/// hash buys nothing), valid for one shop, revocable.
/// </summary>
internal sealed class ApiTokenStore(Database db, TimeProvider clock)
{
    private const string Prefix = "mcrm_";

    public async Task<string> CreateAsync(long userId, long shopId, string name, CancellationToken ct)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO core_api_tokens (shop_id, user_id, name, token_hash, created_at) VALUES (@shopId, @userId, @name, @hash, @now)",
            new { shopId, userId, name, hash = Hash(token), now = clock.GetUtcNow() },
            cancellationToken: ct));
        return token;
    }

    public async Task<int> RevokeAsync(long userId, string name, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE core_api_tokens SET revoked_at = @now WHERE user_id = @userId AND name = @name AND revoked_at IS NULL",
            new { userId, name, now = clock.GetUtcNow() },
            cancellationToken: ct));
    }

    /// <summary>The account and shop of a live token, or null.</summary>
    public async Task<(UserAccount Account, long ShopId)?> FindAsync(string token, CancellationToken ct)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        await using var connection = await db.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<TokenRow>(new CommandDefinition(
            """
            SELECT u.id AS Id, u.email AS Email, u.display_name AS DisplayName, u.is_platform_admin AS IsPlatformAdmin, t.shop_id AS ShopId
            FROM core_api_tokens t JOIN core_users u ON u.id = t.user_id
            WHERE t.token_hash = @hash AND t.revoked_at IS NULL
            """,
            new { hash = Hash(token) },
            cancellationToken: ct));
        return row is null ? null : (new UserAccount { Id = row.Id, Email = row.Email, DisplayName = row.DisplayName, IsPlatformAdmin = row.IsPlatformAdmin }, row.ShopId);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private sealed class TokenRow
    {
        public long Id { get; init; }

        public string Email { get; init; } = string.Empty;

        public string DisplayName { get; init; } = string.Empty;

        public bool IsPlatformAdmin { get; init; }

        public long ShopId { get; init; }
    }
}
