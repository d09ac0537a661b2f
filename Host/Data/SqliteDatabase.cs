using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using ModularCrm.Host.Data.Dialects;

namespace ModularCrm.Host.Data;

/// <summary>
/// The embedded SQLite file: created with its folder if missing, in WAL mode (readers do not block the writer),
/// foreign keys enforced and a busy timeout on every connection.
/// </summary>
public sealed class SqliteDatabase : Database
{
    private const int BusyTimeoutMilliseconds = 10_000;
    private readonly string connectionString;
    private readonly SemaphoreSlim firstOpen = new(1, 1);
    private bool prepared;

    /// <summary>Uses <paramref name="connectionString"/> as given (its Data Source should be absolute).</summary>
    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000 * 3,
        };
        if (builder.Mode == SqliteOpenMode.ReadWrite)
        {
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
        }

        this.connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    /// <inheritdoc />
    public override SqlDialect Dialect { get; } = new SqliteDialect();

    /// <summary>The connection string of the default file, <c>data/modularcrm.db</c> under <paramref name="contentRoot"/>.</summary>
    public static string DefaultConnectionString(string contentRoot) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, "data", "modularcrm.db") }.ToString();

    /// <summary>Resolves a relative Data Source against <paramref name="contentRoot"/> rather than the current folder.</summary>
    public static string ResolveRelativeTo(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await PrepareFileAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public override Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var sqlite = connection as SqliteConnection
            ?? throw new ArgumentException("Not a SQLite connection.", nameof(connection));
        // deferred: false is BEGIN IMMEDIATE: the write lock is taken now, not on the first write.
        return Task.FromResult<DbTransaction>(sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false));
    }

    private async Task PrepareFileAsync(CancellationToken cancellationToken)
    {
        if (prepared)
        {
            return;
        }

        await firstOpen.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (prepared)
            {
                return;
            }

            var folder = Path.GetDirectoryName(DataSource);
            if (!string.IsNullOrEmpty(folder) && DataSource != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            // WAL is stored in the file: setting it once is enough for every later connection.
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            prepared = true;
        }
        finally
        {
            firstOpen.Release();
        }
    }
}
