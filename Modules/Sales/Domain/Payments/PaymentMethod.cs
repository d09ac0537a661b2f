namespace ModularCrm.Modules.Sales.Domain.Payments;

/// <summary>How a payment was made.</summary>
public enum PaymentMethod
{
    /// <summary>Carte bancaire.</summary>
    Card,

    /// <summary>Espèces.</summary>
    Cash,

    /// <summary>Chèque.</summary>
    Cheque,

    /// <summary>Virement.</summary>
    Transfer,
}
