using System.Net.Mail;
using Dapper;
using Microsoft.AspNetCore.Identity;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Web;

namespace ModularCrm.Host.Users;

/// <summary>Creates users with hashed passwords and grants them roles per shop.</summary>
internal sealed class UserStore(Database db, TimeProvider clock)
{
    public const int MinimumPasswordLength = 10;
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public async Task<UserAccount?> FindAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserAccount>(new CommandDefinition(
            "SELECT id AS Id, email AS Email, display_name AS DisplayName, is_platform_admin AS IsPlatformAdmin FROM core_users WHERE email = @email",
            new { email = NormaliseEmail(email) },
            cancellationToken: cancellationToken));
    }

    public async Task<UserAccount> CreateAsync(string email, string password, string displayName, bool isPlatformAdmin, CancellationToken cancellationToken)
    {
        email = NormaliseEmail(email);
        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            throw new UserInputException("email", $"« {email} » n'est pas une adresse e-mail valide.");
        }

        if ((password ?? string.Empty).Length < MinimumPasswordLength)
        {
            throw new UserInputException("password", $"Le mot de passe doit faire au moins {MinimumPasswordLength} caractères.");
        }

        if (await FindAsync(email, cancellationToken) is not null)
        {
            throw new UserInputException("email", $"Un utilisateur « {email} » existe déjà.", StatusCodes.Status409Conflict);
        }

        displayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim();
        var account = new UserAccount { Email = email, DisplayName = displayName, IsPlatformAdmin = isPlatformAdmin };
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO core_users (email, password_hash, display_name, culture, is_platform_admin, failed_sign_ins, created_at)
            VALUES (@email, @hash, @displayName, @culture, @isPlatformAdmin, 0, @now)
            """,
            new { email, hash = Hasher.HashPassword(account, password!), displayName, culture = "fr-FR", isPlatformAdmin, now = clock.GetUtcNow() },
            cancellationToken: cancellationToken));
        return (await FindAsync(email, cancellationToken))!;
    }

    public async Task GrantAsync(long userId, long shopId, ShopRole role, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var sql = db.Dialect.Upsert("core_shop_users", ["shop_id", "user_id"], ["role"]);
        await connection.ExecuteAsync(new CommandDefinition(
            sql, new { shop = shopId, user_id = userId, role = role.ToString().ToLowerInvariant() }, cancellationToken: cancellationToken));
    }

    private static string NormaliseEmail(string email) => (email ?? string.Empty).Trim().ToLowerInvariant();
}
