using Microsoft.Data.Sqlite;
using ModularCrm.Host.Data;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>A real SQLite file in a temporary folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string folder = Directory.CreateTempSubdirectory("modularcrm-data-").FullName;

    /// <summary>Creates the database at <c>{temp}/db/test.db</c> (the folder is created on first open).</summary>
    public SqliteTestDatabase()
    {
        Path = System.IO.Path.Combine(folder, "db", "test.db");
        Database = new SqliteDatabase(new SqliteConnectionStringBuilder { DataSource = Path }.ToString());
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override Database Database { get; }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
