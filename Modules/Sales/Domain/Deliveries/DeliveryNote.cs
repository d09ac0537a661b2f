namespace ModularCrm.Modules.Sales.Domain.Deliveries;

/// <summary>
/// A delivery note (bon de livraison), created numbered by <see cref="Orders.SalesOrder.Deliver"/>, which checks
/// the quantities and moves the order's status. It may then be invoiced once (<see cref="Invoices.Invoice.FromDeliveryNotes"/>).
/// </summary>
public sealed class DeliveryNote
{
    private DeliveryNote(Guid id, Guid orderId, string number, DateOnly date, IReadOnlyList<DeliveryNoteLine> lines, Guid? invoiceId)
    {
        Id = id;
        OrderId = orderId;
        Number = number;
        Date = date;
        Lines = lines;
        InvoiceId = invoiceId;
    }

    /// <summary>The note's id.</summary>
    public Guid Id { get; }

    /// <summary>The order delivered.</summary>
    public Guid OrderId { get; }

    /// <summary>The note's number.</summary>
    public string Number { get; }

    /// <summary>Delivery date.</summary>
    public DateOnly Date { get; }

    /// <summary>Delivered lines.</summary>
    public IReadOnlyList<DeliveryNoteLine> Lines { get; }

    /// <summary>The invoice that invoiced this note, once validated.</summary>
    public Guid? InvoiceId { get; private set; }

    /// <summary>Rebuilds a stored note (persistence only).</summary>
    public static DeliveryNote Restore(Guid id, Guid orderId, string number, DateOnly date, IEnumerable<DeliveryNoteLine> lines, Guid? invoiceId)
        => new(id, orderId, number, date, lines.ToList().AsReadOnly(), invoiceId);

    internal static DeliveryNote Create(Guid orderId, string number, DateOnly date, IReadOnlyList<DeliveryNoteLine> lines)
        => new(Guid.NewGuid(), orderId, number, date, lines, null);

    internal void MarkInvoiced(Guid invoiceId) => InvoiceId = invoiceId;
}
