namespace ModularCrm.Modules.Sales.Domain.Invoices;

/// <summary>How a due date is derived from the invoice date.</summary>
public enum PaymentTermsKind
{
    /// <summary>À réception: due on the invoice date.</summary>
    OnReceipt,

    /// <summary>N jours net: invoice date + N days.</summary>
    NetDays,

    /// <summary>N jours fin de mois: invoice date + N days, then the end of that month.</summary>
    DaysEndOfMonth,
}
