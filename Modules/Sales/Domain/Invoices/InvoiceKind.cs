namespace ModularCrm.Modules.Sales.Domain.Invoices;

/// <summary>Ordinary invoice or deposit invoice.</summary>
public enum InvoiceKind
{
    /// <summary>An ordinary invoice (direct, from an order or from delivery notes); may deduct deposits.</summary>
    Standard,

    /// <summary>A deposit invoice (facture d'acompte) on an order: one line per VAT rate.</summary>
    Deposit,
}
