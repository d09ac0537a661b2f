namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_delivery_notes</c> (guids as text; the date as an object, see <see cref="SqlDates"/>).</summary>
internal sealed class DeliveryNoteRow
{
    public string Id { get; set; } = string.Empty;

    public string Number { get; set; } = string.Empty;

    public string OrderId { get; set; } = string.Empty;

    public long CustomerId { get; set; }

    public object DeliveryDate { get; set; } = string.Empty;

    public string? InvoiceId { get; set; }
}
