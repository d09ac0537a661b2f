namespace ModularCrm.Modules.Sales.Domain.Numbering;

/// <summary>The numbered sales documents; each has its own mask and counter per shop.</summary>
public enum SalesDocumentType
{
    /// <summary>Devis.</summary>
    Quote,

    /// <summary>Commande.</summary>
    Order,

    /// <summary>Bon de livraison.</summary>
    DeliveryNote,

    /// <summary>Facture (acomptes compris: one gapless invoice sequence, as the law requires).</summary>
    Invoice,

    /// <summary>Avoir.</summary>
    CreditNote,
}
