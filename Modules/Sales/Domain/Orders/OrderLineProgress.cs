namespace ModularCrm.Modules.Sales.Domain.Orders;

/// <summary>Delivered and invoiced quantities of one order line (for storage and display).</summary>
/// <param name="LineNo">1-based order line number.</param>
/// <param name="Ordered">Quantity ordered.</param>
/// <param name="Delivered">Quantity delivered by validated delivery notes.</param>
/// <param name="Invoiced">Quantity invoiced by validated invoices.</param>
public sealed record OrderLineProgress(int LineNo, decimal Ordered, decimal Delivered, decimal Invoiced)
{
    /// <summary>Ordered − delivered.</summary>
    public decimal RemainingToDeliver => Ordered - Delivered;

    /// <summary>Ordered − invoiced.</summary>
    public decimal RemainingToInvoice => Ordered - Invoiced;

    /// <summary>Delivered − invoiced, never below 0 (an invoice may precede delivery).</summary>
    public decimal DeliveredNotInvoiced => Math.Max(0m, Delivered - Invoiced);
}
