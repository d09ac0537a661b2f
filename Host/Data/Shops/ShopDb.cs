using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Data.Shops;

/// <summary>One shop's database for one module: each statement on its own pooled connection.</summary>
internal sealed class ShopDb(Database database, ShopSqlRunner runner, string moduleId, Action<long> eventsCommitted) : IShopDb
{
    public long ShopId => runner.ShopId;

    public ISqlDialect Dialect => runner.Dialect;

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await runner.QueryAsync<T>(connection, null, sql, args, cancellationToken).ConfigureAwait(false);
    }

    public async Task<T?> QueryFirstOrDefaultAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await runner.QueryFirstOrDefaultAsync<T>(connection, null, sql, args, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ExecuteAsync(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await runner.ExecuteAsync(connection, null, sql, args, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> InsertAsync(string sql, object? args = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await runner.InsertAsync(connection, null, sql, args, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IShopStatement> PrepareAsync(string sql, CancellationToken cancellationToken = default)
    {
        // Outside a transaction the statement keeps its own connection until it is disposed; bulk tuning
        // (Database.BeginBulkAsync) is for transactions, where a dry run's lookups would not multiply it.
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new PreparedShopStatement(runner.ShopId, connection, null, sql, ownedConnection: connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<T> InTransactionAsync<T>(Func<IShopTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        var scope = new ShopTransaction(runner, connection, transaction, moduleId, database);
        T result;
        try
        {
            result = await work(scope).ConfigureAwait(false);
            scope.Close();
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            scope.Close();
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await scope.EndBulkAsync().ConfigureAwait(false);
        }

        if (scope.PublishedEvents > 0)
        {
            eventsCommitted(runner.ShopId);
        }

        return result;
    }
}
