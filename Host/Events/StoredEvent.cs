namespace ModularCrm.Host.Events;

/// <summary>A row of the event outbox.</summary>
internal sealed class StoredEvent
{
    public long Id { get; init; }

    public long ShopId { get; init; }

    public string SourceModule { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string Payload { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }
}
