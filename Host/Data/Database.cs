using System.Data.Common;
using Dapper;
using ModularCrm.Host.Data.Dialects;

namespace ModularCrm.Host.Data;

/// <summary>
/// One configured database: opens connections and begins transactions the way its engine needs.
/// Everything else in the host (migrations, shop helpers, the event dispatcher) goes through it.
/// </summary>
public abstract class Database
{
    static Database()
    {
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    /// <summary>The engine's dialect.</summary>
    public abstract SqlDialect Dialect { get; }

    /// <summary>The engine name, as in configuration: <c>sqlite</c>, <c>sqlserver</c> or <c>postgres</c>.</summary>
    public string Provider => Dialect.Name;

    /// <summary>Opens a new connection (pooled by the driver); the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Readies <paramref name="connection"/> for bulk work through prepared statements (an import of a million rows)
    /// and returns what undoes it before the connection goes back to the pool; null when the engine needs nothing.
    /// </summary>
    public virtual Task<IAsyncDisposable?> BeginBulkAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default) =>
        Task.FromResult<IAsyncDisposable?>(null);

    /// <summary>
    /// Begins a transaction on <paramref name="connection"/>. On SQLite it takes the write lock at once
    /// (<c>BEGIN IMMEDIATE</c>) so that two writers queue instead of deadlocking when a reader upgrades.
    /// </summary>
    public virtual async Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }
}
