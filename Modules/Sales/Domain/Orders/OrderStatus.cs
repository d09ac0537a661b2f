namespace ModularCrm.Modules.Sales.Domain.Orders;

/// <summary>Where an order is in its life. After validation the status follows deliveries and invoices.</summary>
public enum OrderStatus
{
    /// <summary>Brouillon: editable, not numbered.</summary>
    Draft,

    /// <summary>Validée: numbered, nothing delivered yet.</summary>
    Validated,

    /// <summary>Partiellement livrée: some quantity delivered, some left.</summary>
    PartiallyDelivered,

    /// <summary>Livrée: every line fully delivered, not everything invoiced.</summary>
    Delivered,

    /// <summary>Facturée: everything delivered and invoiced.</summary>
    Invoiced,

    /// <summary>Annulée (only from draft or validated, before any delivery or invoice).</summary>
    Cancelled,
}
