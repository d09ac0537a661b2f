using System.Collections.Concurrent;
using System.Text.Json;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;

namespace ModularCrm.Host.Events;

/// <summary>Every module's event handlers, by event name.</summary>
internal sealed class EventSubscriptionRegistry
{
    internal static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, ImmutableSubscriptions> byName = new(StringComparer.Ordinal);

    /// <summary>The subscriptions API a module gets: everything it registers is tagged with its id.</summary>
    public IEventSubscriptions For(string moduleId) => new ModuleSubscriptions(this, moduleId);

    public IReadOnlyList<EventSubscription> Subscribers(string eventName) =>
        byName.TryGetValue(eventName, out var list) ? list.Items : [];

    public EventSubscription? Find(string eventName, string moduleId) =>
        Subscribers(eventName).FirstOrDefault(s => s.ModuleId == moduleId);

    private void Add(EventSubscription subscription) =>
        byName.AddOrUpdate(
            subscription.EventName,
            _ => new ImmutableSubscriptions([subscription]),
            (_, existing) => existing.Items.Any(s => s.ModuleId == subscription.ModuleId)
                ? throw new InvalidOperationException($"Module '{subscription.ModuleId}' subscribes twice to '{subscription.EventName}'.")
                : new ImmutableSubscriptions([.. existing.Items, subscription]));

    private sealed record ImmutableSubscriptions(IReadOnlyList<EventSubscription> Items);

    private sealed class ModuleSubscriptions(EventSubscriptionRegistry registry, string moduleId) : IEventSubscriptions
    {
        public void On<T>(string eventName, Func<EventDelivery<T>, IShopTransaction, CancellationToken, Task> handler)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
            ArgumentNullException.ThrowIfNull(handler);
            registry.Add(new EventSubscription(moduleId, eventName, (stored, attempt, tx, ct) =>
            {
                var payload = JsonSerializer.Deserialize<T>(stored.Payload, PayloadJson)!;
                var delivery = new EventDelivery<T>(
                    $"{stored.Id}:{moduleId}",
                    stored.Id,
                    stored.Name,
                    stored.SourceModule,
                    stored.ShopId,
                    stored.CreatedAt,
                    attempt,
                    payload);
                return handler(delivery, tx, ct);
            }));
        }
    }
}
