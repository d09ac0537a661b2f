using System.Data.Common;
using System.Text.Json;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Data.Shops;

/// <summary>One shop's open transaction; events go to <c>core_events</c> inside it.</summary>
internal sealed class ShopTransaction(ShopSqlRunner runner, DbConnection connection, DbTransaction transaction, string moduleId, Database database) : IShopTransaction
{
    private const int MaxEventNameLength = 200;
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);
    private bool closed;
    private bool bulk;
    private IAsyncDisposable? bulkUndo;

    public long ShopId => runner.ShopId;

    public ISqlDialect Dialect => runner.Dialect;

    /// <summary>How many events this transaction wrote.</summary>
    public int PublishedEvents { get; private set; }

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default) =>
        runner.QueryAsync<T>(Open(), transaction, sql, args, cancellationToken);

    public Task<T?> QueryFirstOrDefaultAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default) =>
        runner.QueryFirstOrDefaultAsync<T>(Open(), transaction, sql, args, cancellationToken);

    public Task<int> ExecuteAsync(string sql, object? args = null, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(Open(), transaction, sql, args, cancellationToken);

    public Task<long> InsertAsync(string sql, object? args = null, CancellationToken cancellationToken = default) =>
        runner.InsertAsync(Open(), transaction, sql, args, cancellationToken);

    public async Task<IShopStatement> PrepareAsync(string sql, CancellationToken cancellationToken = default)
    {
        var statement = new PreparedShopStatement(runner.ShopId, Open(), transaction, sql, ownedConnection: null);
        if (!bulk)
        {
            // Prepared statements mean bulk work: the engine may tune the connection until the transaction ends.
            bulk = true;
            bulkUndo = await database.BeginBulkAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        }

        return statement;
    }

    /// <summary>Undoes what bulk work changed on the connection; called once the transaction has ended.</summary>
    public ValueTask EndBulkAsync() => bulkUndo?.DisposeAsync() ?? ValueTask.CompletedTask;

    public async Task PublishAsync<T>(string eventName, T payload, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(eventName) || eventName.Length > MaxEventNameLength)
        {
            throw new ArgumentException($"The event name must be 1 to {MaxEventNameLength} characters, not blank.", nameof(eventName));
        }

        var json = JsonSerializer.Serialize(payload, PayloadOptions);
        await runner.ExecuteAsync(
            Open(),
            transaction,
            "INSERT INTO core_events (shop_id, source_module, name, payload, created_at) VALUES (@shop, @source, @name, @payload, @createdAt)",
            new { source = moduleId, name = eventName, payload = json, createdAt = DateTimeOffset.UtcNow },
            cancellationToken).ConfigureAwait(false);
        PublishedEvents++;
    }

    /// <summary>Ends the scope: the work delegate returned or threw, and the transaction is about to end.</summary>
    public void Close() => closed = true;

    private DbConnection Open() => closed
        ? throw new InvalidOperationException("This shop transaction has ended: use the IShopTransaction only inside InTransactionAsync.")
        : connection;
}
