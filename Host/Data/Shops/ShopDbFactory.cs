using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Data.Shops;

/// <summary>Hands out <see cref="IShopDb"/> helpers bound to one shop, per request or per event delivery.</summary>
public sealed class ShopDbFactory(Database database)
{
    /// <summary>
    /// Raised with the shop id after a transaction that published events committed, so that the event
    /// dispatcher can wake up instead of waiting for its next poll. Handlers must be quick and must not throw.
    /// </summary>
    public event Action<long>? EventsCommitted;

    /// <summary>The database behind every helper.</summary>
    public Database Database => database;

    /// <summary>
    /// A helper for shop <paramref name="shopId"/> acting as module <paramref name="moduleId"/>: every statement
    /// is bound to that shop, and events it publishes name that module as their source.
    /// </summary>
    public IShopDb For(long shopId, string moduleId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shopId);
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);
        return new ShopDb(database, new ShopSqlRunner(shopId, database.Dialect), moduleId, shop => EventsCommitted?.Invoke(shop));
    }
}
