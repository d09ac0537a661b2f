namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>How a deposit (acompte) is asked for.</summary>
public enum DepositKind
{
    /// <summary>A percentage of the order's total excluding VAT.</summary>
    Percentage,

    /// <summary>A fixed amount excluding VAT.</summary>
    AmountExclVat,
}
