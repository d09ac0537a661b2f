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

        if (request.ExternalRef is { } reference)
        {
            var seen = await tx.QueryFirstOrDefaultAsync<long>(
                "SELECT COUNT(*) FROM contacts_interactions WHERE shop_id = @shop AND source_module = @source AND external_ref = @reference",
                new { source = delivery.SourceModule, reference },
                ct);
            if (seen > 0)
            {
                return;
            }
        }

        await InteractionStore.AddAsync(
            tx,
            request.ContactId,
            kind,
            request.OccurredAt ?? delivery.OccurredAt,
            Cut(request.Subject, 200),
            Cut(request.Body, 4000),
            delivery.SourceModule,
            Cut(request.ExternalRef, 100),
            ct);
    }

    private static string? Cut(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}
