using ModularCrm.Host.Data;
using Npgsql;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>A database of its own on the server of <c>MODULARCRM_TEST_POSTGRES</c>, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string adminConnectionString;
    private readonly string name;
    private readonly PostgresDatabase database;

    private PostgresTestDatabase(string adminConnectionString, string name, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        this.name = name;
        database = new PostgresDatabase(connectionString);
    }

    /// <inheritdoc />
    public override Database Database => database;

    /// <summary>Creates a uniquely named database next to the one <paramref name="adminConnectionString"/> names.</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(string adminConnectionString)
    {
        var name = "mcrm_t_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
        return new PostgresTestDatabase(adminConnectionString, name, builder.ConnectionString);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await command.ExecuteNonQueryAsync();
    }
}
