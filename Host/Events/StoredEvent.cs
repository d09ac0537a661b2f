namespace ModularCrm.Host.Events;

/// <summary>A row of the event outbox.</summary>
internal sealed record StoredEvent(long Id, long ShopId, string SourceModule, string Name, string Payload, DateTimeOffset CreatedAt);
