namespace ModularCrm.Sdk.Events;

/// <summary>One event delivered to one subscriber.</summary>
/// <param name="DeliveryId">Stable across retries: use it to make side effects outside the database idempotent.</param>
/// <param name="EventId">The outbox id of the event (the same for every subscriber).</param>
/// <param name="EventName">The name it was published under.</param>
/// <param name="SourceModule">The id of the module that published it.</param>
/// <param name="ShopId">The shop it belongs to.</param>
/// <param name="OccurredAt">When the publishing transaction wrote it (UTC).</param>
/// <param name="Attempt">1 on first delivery, then 2, 3… on retries.</param>
/// <param name="Payload">The published payload, deserialised.</param>
public sealed record EventDelivery<T>(
    string DeliveryId,
    long EventId,
    string EventName,
    string SourceModule,
    long ShopId,
    DateTimeOffset OccurredAt,
    int Attempt,
    T Payload);
