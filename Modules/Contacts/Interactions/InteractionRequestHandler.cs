using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;

namespace ModularCrm.Modules.Contacts.Interactions;

/// <summary>Handles <see cref="InteractionRequested"/>: see its documentation for the contract.</summary>
internal static class InteractionRequestHandler
{
    public static async Task HandleAsync(EventDelivery<InteractionRequested> delivery, IShopTransaction tx, CancellationToken ct)
    {
        var request = delivery.Payload;
        var kind = request.Kind is { } k && InteractionStore.Kinds.Contains(k) ? k : "note";
        if (await ContactStore.FindAsync(tx, request.ContactId, ct) is null)
        {
            return;
        }

        await InteractionStore.AddOnceAsync(
            tx, request.ContactId, kind, request.OccurredAt ?? delivery.OccurredAt, request.Subject, request.Body, delivery.SourceModule, request.ExternalRef, ct);
    }
}
