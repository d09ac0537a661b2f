using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ModularCrm.Host.Data.Dialects;

namespace ModularCrm.Host.Data;

/// <summary>
/// The embedded SQLite file: created with its folder if missing, in WAL mode (readers do not block the writer),
/// foreign keys enforced and a busy timeout on every connection.
/// </summary>
public sealed class SqliteDatabase : Database
{
    /// <summary>The page cache of a connection doing bulk work (<see cref="BeginBulkAsync"/>), in KiB.</summary>
    public const int BulkCacheKibibytes = 64 * 1024;

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

    /// <summary>
    /// Raises the connection's page cache to <see cref="BulkCacheKibibytes"/>: with SQLite's 2 MB default, every insert
    /// into a million-row index evicts and re-reads pages (an import spent more time in page I/O than in SQL). The
    /// returned restore puts the previous size back, which frees the pages, before the connection is pooled again.
    /// </summary>
    public override async Task<IAsyncDisposable?> BeginBulkAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA cache_size;";
        var previous = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA cache_size = -{BulkCacheKibibytes};";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return new CacheSizeRestore(connection, previous);
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

    private sealed class CacheSizeRestore(DbConnection connection, long previous) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA cache_size = {previous.ToString(CultureInfo.InvariantCulture)};";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}
