using System.Data.Common;
using Dapper;
using ModularCrm.Host.Data.Dialects;

namespace ModularCrm.Host.Data.Shops;

/// <summary>The four statement kinds of <see cref="ModularCrm.Sdk.Data.IShopSql"/>, on a given connection and transaction.</summary>
internal sealed class ShopSqlRunner(long shopId, SqlDialect dialect)
{
    public long ShopId => shopId;

    public SqlDialect Dialect => dialect;

    public async Task<IReadOnlyList<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, object? args, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<T>(Command(sql, args, transaction, cancellationToken)).ConfigureAwait(false);
        return rows.AsList();
    }

    public Task<T?> QueryFirstOrDefaultAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, object? args, CancellationToken cancellationToken) =>
        connection.QueryFirstOrDefaultAsync<T?>(Command(sql, args, transaction, cancellationToken));

    public Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, object? args, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Command(sql, args, transaction, cancellationToken));

    public Task<long> InsertAsync(DbConnection connection, DbTransaction? transaction, string sql, object? args, CancellationToken cancellationToken)
    {
        var parameters = ShopParameters.Bind(shopId, sql, args);
        return connection.ExecuteScalarAsync<long>(new CommandDefinition(
            dialect.InsertReturningId(dialect.ListParameters(sql)), parameters, transaction, cancellationToken: cancellationToken));
    }

    private CommandDefinition Command(string sql, object? args, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(dialect.ListParameters(sql), ShopParameters.Bind(shopId, sql, args), transaction, cancellationToken: cancellationToken);
}
