using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Events;

/// <summary>One module's handler for one event name, with the payload type erased.</summary>
internal sealed record EventSubscription(
    string ModuleId,
    string EventName,
    Func<StoredEvent, int, IShopTransaction, CancellationToken, Task> Handle);
