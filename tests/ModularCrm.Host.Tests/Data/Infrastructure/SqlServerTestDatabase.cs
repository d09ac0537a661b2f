using System.Data.Common;
using ModularCrm.Data.SqlServer;
using ModularCrm.Host.Data;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>A database of its own on the server of <c>MODULARCRM_TEST_SQLSERVER</c>, dropped on dispose.</summary>
public sealed class SqlServerTestDatabase : TestDatabase
{
    private readonly string adminConnectionString;
    private readonly string name;

    private SqlServerTestDatabase(string adminConnectionString, string name, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        this.name = name;
        Database = new SqlServerDatabase(connectionString);
    }

    /// <inheritdoc />
    public override Database Database { get; }

    /// <summary>Creates a uniquely named database on the server <paramref name="adminConnectionString"/> names.</summary>
    public static async Task<SqlServerTestDatabase> CreateAsync(string adminConnectionString)
    {
        var name = "mcrm_t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE [{name}]");
        var builder = new DbConnectionStringBuilder { ConnectionString = adminConnectionString };
        builder.Remove("Initial Catalog");
        builder["Database"] = name;
        return new SqlServerTestDatabase(adminConnectionString, name, builder.ConnectionString);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync() =>
        await ExecuteAsync(adminConnectionString,
            $"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = SqlServerConnectionFactory.Create(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
