using System.Data.Common;
using ModularCrm.Host.Data.Dialects;
using Npgsql;

namespace ModularCrm.Host.Data;

/// <summary>PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>.</summary>
public sealed class PostgresDatabase : Database, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;

    /// <summary>Connects with <paramref name="connectionString"/>.</summary>
    public PostgresDatabase(string connectionString)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public override SqlDialect Dialect { get; } = new PostgresDialect();

    /// <inheritdoc />
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
