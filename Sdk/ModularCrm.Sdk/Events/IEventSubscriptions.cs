using ModularCrm.Sdk.Data;

namespace ModularCrm.Sdk.Events;

/// <summary>Where a module subscribes to events by name.</summary>
public interface IEventSubscriptions
{
    /// <summary>
    /// Handles every event named <paramref name="eventName"/> raised in a shop where this module is enabled.
    /// The handler runs in a transaction of that shop; the delivery is recorded as done in the same transaction,
    /// so its database work happens once. A handler that throws is retried with backoff, then parked.
    /// </summary>
    void On<T>(string eventName, Func<EventDelivery<T>, IShopTransaction, CancellationToken, Task> handler);
}
