using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Identity;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;

namespace ModularCrm.Host.Auth;

/// <summary>
/// Email + password sign-in with lockout: after <see cref="MaxFailures"/> wrong passwords in a row the account
/// is locked for <see cref="LockoutDuration"/>, whatever password comes next.
/// </summary>
internal sealed class PasswordSignIn(Database db, TimeProvider clock, ILogger<PasswordSignIn> logger)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public async Task<SignInOutcome> SignInAsync(string email, string password, string scheme, CancellationToken ct)
    {
        email = (email ?? string.Empty).Trim().ToLowerInvariant();
        await using var connection = await db.OpenAsync(ct);
        var user = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns} FROM core_users WHERE email = @email", new { email }, cancellationToken: ct));
        var now = clock.GetUtcNow();
        if (user is null)
        {
            // Same work as a real check, so response time does not reveal which emails exist.
            Hasher.VerifyHashedPassword(new UserAccount { Email = email }, DummyHash, password ?? string.Empty);
            return new SignInOutcome(null, null);
        }

        if (user.LockedUntil is { } locked && locked > now)
        {
            logger.LogWarning("Sign-in refused for locked user {UserId}", user.Id);
            return new SignInOutcome(null, locked);
        }

        var account = user.Account();
        var verdict = Hasher.VerifyHashedPassword(account, user.PasswordHash, password ?? string.Empty);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = user.FailedSignIns + 1;
            var lockUntil = failures >= MaxFailures ? now + LockoutDuration : (DateTimeOffset?)null;
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE core_users SET failed_sign_ins = @failures, locked_until = @lockUntil WHERE id = @id",
                new { failures = lockUntil is null ? failures : 0, lockUntil, id = user.Id },
                cancellationToken: ct));
            logger.LogWarning("Wrong password for user {UserId} ({Failures} in a row)", user.Id, failures);
            return new SignInOutcome(null, lockUntil);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE core_users SET failed_sign_ins = 0, locked_until = NULL WHERE id = @id", new { id = user.Id }, cancellationToken: ct));
        return new SignInOutcome(Principal(account, scheme), null);
    }

    public async Task ChangePasswordAsync(long userId, string current, string replacement, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var user = await connection.QuerySingleAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns} FROM core_users WHERE id = @userId", new { userId }, cancellationToken: ct));
        var account = user.Account();
        if (Hasher.VerifyHashedPassword(account, user.PasswordHash, current ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            throw new UserInputException("currentPassword", "Le mot de passe actuel est incorrect.");
        }

        if ((replacement ?? string.Empty).Length < UserStore.MinimumPasswordLength)
        {
            throw new UserInputException("newPassword", $"Le nouveau mot de passe doit faire au moins {UserStore.MinimumPasswordLength} caractères.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE core_users SET password_hash = @hash WHERE id = @userId",
            new { hash = Hasher.HashPassword(account, replacement!), userId },
            cancellationToken: ct));
    }

    public static ClaimsPrincipal Principal(UserAccount account, string scheme, long? tokenShop = null)
    {
        var claims = new List<Claim>
        {
            new(CrmClaims.UserId, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Email, account.Email),
        };
        if (account.IsPlatformAdmin)
        {
            claims.Add(new Claim(CrmClaims.PlatformAdmin, "true"));
        }

        if (tokenShop is { } shop)
        {
            claims.Add(new Claim(CrmClaims.TokenShop, shop.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    private static readonly string DummyHash = Hasher.HashPassword(new UserAccount(), Guid.NewGuid().ToString());

    private sealed class UserRow
    {
        public const string Columns =
            "id AS Id, email AS Email, display_name AS DisplayName, password_hash AS PasswordHash, " +
            "is_platform_admin AS IsPlatformAdmin, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil";

        public long Id { get; init; }

        public string Email { get; init; } = string.Empty;

        public string DisplayName { get; init; } = string.Empty;

        public string PasswordHash { get; init; } = string.Empty;

        public bool IsPlatformAdmin { get; init; }

        public int FailedSignIns { get; init; }

        public DateTimeOffset? LockedUntil { get; init; }

        public UserAccount Account() => new() { Id = Id, Email = Email, DisplayName = DisplayName, IsPlatformAdmin = IsPlatformAdmin };
    }
}
