using System.Text.Json;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk;

namespace ModularCrm.Fixtures.ThrowingHandler;

/// <summary>Its handler always throws, so deliveries are retried then parked.</summary>
public sealed class ThrowingHandlerStartup : ModuleStartup
{
    /// <summary>The event it subscribes to.</summary>
    public const string EventName = "fixture.ping";

    /// <summary>The message of the exception the handler throws.</summary>
    public const string Failure = "fixture throwing-handler: the handler always fails";

    public override void Subscribe(IEventSubscriptions events) =>
        events.On<JsonElement>(EventName, (_, _, _) => throw new InvalidOperationException(Failure));
}
