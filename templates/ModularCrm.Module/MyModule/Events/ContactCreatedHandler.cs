using ModularCrm.Sdk.Events;
using MyModule.Api;

namespace MyModule.Events;

/// <summary>Writes a note for every new contact, in the same transaction as the delivery record.</summary>
internal static class ContactCreatedHandler
{
    public const string EventName = "contacts.contact-created";

    public static void Subscribe(IEventSubscriptions events) =>
        events.On<ContactCreated>(EventName, (delivery, tx, ct) =>
            NoteStore.AddAsync(tx, $"Nouveau contact : {delivery.Payload.DisplayName}", ct));
}
