namespace ModularCrm.Modules.Sales.Domain.Orders;

/// <summary>What an invoice made from an order covers.</summary>
public enum OrderInvoicingScope
{
    /// <summary>Everything ordered and not yet invoiced, delivered or not.</summary>
    AllOrdered,

    /// <summary>Only what was delivered and not yet invoiced.</summary>
    DeliveredNotInvoiced,
}
