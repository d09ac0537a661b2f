using Dapper;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Migrations;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>Core schema and shops for tests that need rows to belong somewhere.</summary>
public static class TestShops
{
    /// <summary>Runs the core migrations, failing the test with the runner's error if they fail.</summary>
    public static async Task MigrateCoreAsync(Database database)
    {
        var result = await new MigrationRunner(database).MigrateCoreAsync();
        Assert.True(result.Succeeded, result.Error);
    }

    /// <summary>Inserts a shop through plain SQL (platform level, not shop-scoped) and returns its id.</summary>
    public static async Task<long> CreateAsync(Database database, string slug)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(database.Dialect.InsertReturningId(
                "INSERT INTO core_shops (slug, name, created_at) VALUES (@slug, @name, @createdAt)"),
            new { slug, name = "Boutique " + slug, createdAt = DateTimeOffset.UtcNow });
    }
}
