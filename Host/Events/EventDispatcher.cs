using Dapper;
using Microsoft.Extensions.Options;
using ModularCrm.Host.Core;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Shops;

namespace ModularCrm.Host.Events;

/// <summary>
/// Moves events from the outbox to their subscribers. Two steps, both safe to run in several processes at once:
/// fan-out (an event becomes one delivery row per subscribing module enabled for its shop; claimed by setting
/// <c>dispatched_at</c>) and delivery (a due delivery is claimed with a lease, handled in a transaction of its shop
/// that also marks it done, or rescheduled with backoff, or parked after <see cref="EventDispatchOptions.MaxAttempts"/>).
/// Nothing is lost if the process dies at any point: an unclaimed event or an expired lease is picked up again.
/// </summary>
internal sealed class EventDispatcher(
    Database db,
    EventSubscriptionRegistry registry,
    ModuleRuntime modules,
    ShopDbFactory shopDb,
    IOptions<EventDispatchOptions> options,
    TimeProvider clock,
    ILogger<EventDispatcher> logger)
{
    private readonly string worker = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Runs one fan-out pass and one delivery pass; returns how many rows were handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var fannedOut = await FanOutAsync(cancellationToken);
        var delivered = await DeliverAsync(cancellationToken);
        return fannedOut + delivered;
    }

    private async Task<int> FanOutAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var connection = await db.OpenAsync(cancellationToken);
        var pending = (await connection.QueryAsync<StoredEvent>(new CommandDefinition(
            db.Dialect.Page(
                "SELECT id AS Id, shop_id AS ShopId, source_module AS SourceModule, name AS Name, payload AS Payload, created_at AS CreatedAt FROM core_events WHERE dispatched_at IS NULL ORDER BY id"),
            new { offset = 0, limit = settings.BatchSize },
            cancellationToken: cancellationToken))).AsList();

        foreach (var stored in pending)
        {
            var now = clock.GetUtcNow();
            await using var tx = await db.BeginTransactionAsync(connection, cancellationToken);
            var claimed = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE core_events SET dispatched_at = @now WHERE id = @id AND dispatched_at IS NULL",
                new { now, id = stored.Id },
                tx,
                cancellationToken: cancellationToken));
            if (claimed == 0)
            {
                continue;
            }

            foreach (var subscription in registry.Subscribers(stored.Name))
            {
                if (!await modules.IsEnabledForShopAsync(connection, tx, stored.ShopId, subscription.ModuleId, cancellationToken))
                {
                    continue;
                }

                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO core_event_deliveries (event_id, shop_id, subscriber_module, status, attempts, next_attempt_at)
                    VALUES (@eventId, @shopId, @module, 'pending', 0, @now)
                    """,
                    new { eventId = stored.Id, shopId = stored.ShopId, module = subscription.ModuleId, now },
                    tx,
                    cancellationToken: cancellationToken));
            }

            await tx.CommitAsync(cancellationToken);
        }

        return pending.Count;
    }

    private async Task<int> DeliverAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        List<DeliveryRow> due;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
                db.Dialect.Page(
                    """
                    SELECT d.id AS Id, d.attempts AS Attempts, d.subscriber_module AS Module,
                           e.id AS EventId, e.shop_id AS ShopId, e.source_module AS SourceModule, e.name AS Name, e.payload AS Payload, e.created_at AS CreatedAt
                    FROM core_event_deliveries d JOIN core_events e ON e.id = d.event_id
                    WHERE d.status = 'pending' AND d.next_attempt_at <= @now AND (d.locked_until IS NULL OR d.locked_until < @now)
                    ORDER BY d.next_attempt_at, d.id
                    """),
                new { now, offset = 0, limit = settings.BatchSize },
                cancellationToken: cancellationToken))).AsList();
        }

        var handled = 0;
        foreach (var delivery in due)
        {
            if (!modules.IsRunning(delivery.Module) || !await ClaimAsync(delivery.Id, cancellationToken))
            {
                continue;
            }

            await DeliverOneAsync(delivery, cancellationToken);
            handled++;
        }

        return handled;
    }

    private async Task<bool> ClaimAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE core_event_deliveries SET locked_until = @lease, locked_by = @worker
            WHERE id = @id AND status = 'pending' AND (locked_until IS NULL OR locked_until < @now)
            """,
            new { id = deliveryId, now, lease = now + options.Value.Lease, worker },
            cancellationToken: cancellationToken)) == 1;
    }

    private async Task DeliverOneAsync(DeliveryRow delivery, CancellationToken cancellationToken)
    {
        var subscription = registry.Find(delivery.Name, delivery.Module);
        var attempt = delivery.Attempts + 1;
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["ShopId"] = delivery.ShopId,
            ["Module"] = delivery.Module,
            ["EventId"] = delivery.EventId,
        });
        try
        {
            if (subscription is null)
            {
                throw new InvalidOperationException($"Module '{delivery.Module}' no longer subscribes to '{delivery.Name}'.");
            }

            var stored = delivery.Event();
            await shopDb.For(delivery.ShopId, delivery.Module).InTransactionAsync(
                async tx =>
                {
                    await subscription.Handle(stored, attempt, tx, cancellationToken);
                    return await tx.ExecuteAsync(
                        """
                        UPDATE core_event_deliveries SET status = 'done', attempts = @attempt, completed_at = @now, locked_until = NULL, last_error = NULL
                        WHERE id = @id AND shop_id = @shop
                        """,
                        new { id = delivery.Id, attempt, now = clock.GetUtcNow() },
                        cancellationToken);
                },
                cancellationToken);
            logger.LogDebug("Delivered event {EventName} #{EventId} to {Module}", delivery.Name, delivery.EventId, delivery.Module);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(delivery, attempt, ex, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(DeliveryRow delivery, int attempt, Exception error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var parked = attempt >= settings.MaxAttempts;
        var now = clock.GetUtcNow();
        var reason = $"{error.GetType().Name}: {error.Message}";
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE core_event_deliveries
            SET status = @status, attempts = @attempt, next_attempt_at = @next, last_error = @reason, locked_until = NULL
            WHERE id = @id
            """,
            new
            {
                id = delivery.Id,
                status = parked ? "parked" : "pending",
                attempt,
                next = now + settings.RetryDelay(attempt),
                reason = reason.Length > 2000 ? reason[..2000] : reason,
            },
            cancellationToken: cancellationToken));

        if (parked)
        {
            logger.LogError(error, "Event {EventName} #{EventId} parked for {Module} after {Attempts} attempts", delivery.Name, delivery.EventId, delivery.Module, attempt);
            modules.MarkFailed(delivery.Module, $"le traitement de l'événement « {delivery.Name} » (n° {delivery.EventId}) a échoué {attempt} fois : {reason}");
        }
        else
        {
            logger.LogWarning(error, "Event {EventName} #{EventId} failed for {Module} (attempt {Attempt}), will retry", delivery.Name, delivery.EventId, delivery.Module, attempt);
        }
    }

    private sealed class DeliveryRow
    {
        public long Id { get; init; }

        public int Attempts { get; init; }

        public string Module { get; init; } = string.Empty;

        public long EventId { get; init; }

        public long ShopId { get; init; }

        public string SourceModule { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string Payload { get; init; } = string.Empty;

        public DateTimeOffset CreatedAt { get; init; }

        public StoredEvent Event() => new() { Id = EventId, ShopId = ShopId, SourceModule = SourceModule, Name = Name, Payload = Payload, CreatedAt = CreatedAt };
    }
}
