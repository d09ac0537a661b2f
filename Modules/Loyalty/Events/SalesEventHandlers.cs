using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;

namespace ModularCrm.Modules.Loyalty.Events;

/// <summary>The module's subscriptions: sales documents earn and take back; new contacts are remembered for auto-issued cards.</summary>
internal static class SalesEventHandlers
{
    public static void Subscribe(IEventSubscriptions events, TimeProvider clock)
    {
        events.On<InvoiceValidatedPayload>(InvoiceValidatedPayload.Name, (delivery, tx, ct) => OnValidatedAsync(delivery.Payload, tx, clock, ct));
        events.On<InvoicePaidPayload>(InvoicePaidPayload.Name, (delivery, tx, ct) =>
            new Earning(tx, clock.GetUtcNow(), ct).EarnAsync(EarnTriggers.Paid, delivery.Payload.InvoiceId, delivery.Payload.ContactId, delivery.Payload.PaidOn, delivery.Payload.TotalInclVat));
        events.On<CreditNoteValidatedPayload>(CreditNoteValidatedPayload.Name, (delivery, tx, ct) => new Earning(tx, clock.GetUtcNow(), ct).ReverseAsync(delivery.Payload));
        events.On<ContactCreatedPayload>(ContactCreatedPayload.Name, OnContactCreatedAsync);
    }

    private static async Task OnValidatedAsync(InvoiceValidatedPayload invoice, IShopTransaction tx, TimeProvider clock, CancellationToken ct)
    {
        var earning = new Earning(tx, clock.GetUtcNow(), ct);
        await earning.RecordPurchaseAsync(invoice.InvoiceId, invoice.ContactId, invoice.Date, invoice.TotalInclVat);
        await earning.EarnAsync(EarnTriggers.Validated, invoice.InvoiceId, invoice.ContactId, invoice.Date, invoice.TotalInclVat);
    }

    private static Task OnContactCreatedAsync(EventDelivery<ContactCreatedPayload> delivery, IShopTransaction tx, CancellationToken ct) =>
        tx.ExecuteAsync(
            tx.Dialect.Upsert("loyalty_contacts", ["shop_id", "contact_id"], ["display_name", "email"]),
            new { contact_id = delivery.Payload.ContactId, display_name = delivery.Payload.DisplayName, email = delivery.Payload.Email },
            ct);
}
