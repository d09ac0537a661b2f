using System.Text.RegularExpressions;
using Dapper;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Web;

namespace ModularCrm.Host.Shops;

/// <summary>Creates and finds shops.</summary>
internal sealed partial class ShopStore(Database db, TimeProvider clock)
{
    private const string SelectColumns = "id AS Id, slug AS Slug, name AS Name, culture AS Culture, time_zone AS TimeZone";

    public async Task<IReadOnlyList<Shop>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Shop>(new CommandDefinition(
            $"SELECT {SelectColumns} FROM core_shops ORDER BY slug", cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<Shop>> ListForUserAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Shop>(new CommandDefinition(
            """
            SELECT s.id AS Id, s.slug AS Slug, s.name AS Name, s.culture AS Culture, s.time_zone AS TimeZone
            FROM core_shops s JOIN core_shop_users su ON su.shop_id = s.id
            WHERE su.user_id = @userId ORDER BY s.slug
            """,
            new { userId },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The shops where <paramref name="moduleId"/> is enabled.</summary>
    public async Task<IReadOnlyList<Shop>> ListWithModuleAsync(string moduleId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Shop>(new CommandDefinition(
            """
            SELECT s.id AS Id, s.slug AS Slug, s.name AS Name, s.culture AS Culture, s.time_zone AS TimeZone
            FROM core_shops s JOIN core_shop_modules m ON m.shop_id = s.id
            WHERE m.module_id = @moduleId AND m.enabled = @enabled ORDER BY s.id
            """,
            new { moduleId, enabled = true },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<Shop?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Shop>(new CommandDefinition(
            $"SELECT {SelectColumns} FROM core_shops WHERE slug = @slug", new { slug }, cancellationToken: cancellationToken));
    }

    public async Task<Shop> CreateAsync(string slug, string name, string? culture, CancellationToken cancellationToken)
    {
        slug = (slug ?? string.Empty).Trim();
        name = (name ?? string.Empty).Trim();
        culture = string.IsNullOrWhiteSpace(culture) ? "fr-FR" : culture.Trim();
        if (!SlugPattern().IsMatch(slug))
        {
            throw new UserInputException("slug", "L'identifiant de la boutique doit faire 2 à 63 caractères : lettres minuscules, chiffres et tirets.");
        }

        if (name.Length is 0 or > 200)
        {
            throw new UserInputException("name", "Le nom de la boutique est obligatoire (200 caractères au plus).");
        }

        if (culture is not ("fr-FR" or "en-GB" or "en-US"))
        {
            throw new UserInputException("culture", $"Langue « {culture} » non prise en charge : fr-FR, en-GB ou en-US.");
        }

        if (await FindAsync(slug, cancellationToken) is not null)
        {
            throw new UserInputException("slug", $"Une boutique « {slug} » existe déjà.", StatusCodes.Status409Conflict);
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO core_shops (slug, name, culture, time_zone, created_at) VALUES (@slug, @name, @culture, @timeZone, @now)",
            new { slug, name, culture, timeZone = "Europe/Paris", now = clock.GetUtcNow() },
            cancellationToken: cancellationToken));
        return (await FindAsync(slug, cancellationToken))!;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$")]
    private static partial Regex SlugPattern();
}
