using ModularCrm.Modules.Sales.Domain.Deliveries;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>A delivery note as the API returns it.</summary>
internal sealed record DeliveryNoteView(Guid Id, string Number, Guid OrderId, DateOnly Date, Guid? InvoiceId, IReadOnlyList<DeliveryNoteLine> Lines)
{
    public static DeliveryNoteView From(DeliveryNote note) => new(note.Id, note.Number, note.OrderId, note.Date, note.InvoiceId, note.Lines);
}
