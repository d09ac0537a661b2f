using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Privacy;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;

namespace ModularCrm.Fixtures.EventProbe;

/// <summary>
/// Subscribes to contacts.contact.created and records each delivery in its own table. A contact whose display name
/// contains <see cref="FailFirstAttempt"/> makes the first attempt throw, to exercise retries.
/// </summary>
public sealed class EventProbeStartup : ModuleStartup
{
    /// <summary>Marker in a contact's name that makes the first delivery attempt fail.</summary>
    public const string FailFirstAttempt = "EchecUneFois";

    /// <summary>The last upgrade the host announced to this load of the module, for the upgrade tests.</summary>
    public static ModuleUpgrade? LastUpgrade { get; private set; }

    public override Task OnUpgradeAsync(ModuleUpgrade upgrade, CancellationToken cancellationToken)
    {
        LastUpgrade = upgrade;
        return Task.CompletedTask;
    }

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddSingleton<IPersonalDataHandler, ProbePersonalData>();

    public override void Subscribe(IEventSubscriptions events) =>
        events.On<ContactCreatedProbe>("contacts.contact.created", async (delivery, tx, ct) =>
        {
            if (delivery.Attempt == 1 && delivery.Payload.DisplayName.Contains(FailFirstAttempt, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("first attempt fails on purpose");
            }

            await tx.ExecuteAsync(
                "INSERT INTO probe_received (shop_id, event_id, delivery_id, attempt, display_name, contact_id) VALUES (@shop, @eventId, @deliveryId, @attempt, @name, @contactId)",
                new { eventId = delivery.EventId, deliveryId = delivery.DeliveryId, attempt = delivery.Attempt, name = delivery.Payload.DisplayName, contactId = delivery.Payload.ContactId },
                ct);
        });

    public override void MapApi(IEndpointRouteBuilder api) =>
        api.MapGet("/received", async (IShopDb db, CancellationToken ct) => Results.Ok(await db.QueryAsync<Received>(
            "SELECT event_id AS EventId, delivery_id AS DeliveryId, attempt AS Attempt, display_name AS DisplayName FROM probe_received WHERE shop_id = @shop ORDER BY id",
            null,
            ct)));

    /// <summary>The fields of the contacts event this module reads: its own type, not the contacts module's.</summary>
    public sealed record ContactCreatedProbe(long ContactId, string DisplayName);

    /// <summary>A recorded delivery.</summary>
    public sealed class Received
    {
        public long EventId { get; init; }

        public string DeliveryId { get; init; } = string.Empty;

        public int Attempt { get; init; }

        public string DisplayName { get; init; } = string.Empty;
    }
}
