namespace ModularCrm.Sdk.Data;

/// <summary>
/// The database as one shop sees it. Resolve it from the request services in an endpoint, or take it from an
/// event delivery. Statements outside <see cref="InTransactionAsync{T}"/> each run in their own connection.
/// </summary>
public interface IShopDb : IShopSql
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: everything it writes, and every event it publishes,
    /// is committed together or not at all.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<IShopTransaction, Task<T>> work, CancellationToken cancellationToken = default);
}
