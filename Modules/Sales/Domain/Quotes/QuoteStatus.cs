namespace ModularCrm.Modules.Sales.Domain.Quotes;

/// <summary>Where a quote is in its life.</summary>
public enum QuoteStatus
{
    /// <summary>Brouillon: editable, not numbered.</summary>
    Draft,

    /// <summary>Validé: numbered and sent, waiting for the customer.</summary>
    Validated,

    /// <summary>Accepté by the customer (may then become an order).</summary>
    Accepted,

    /// <summary>Refusé by the customer.</summary>
    Refused,

    /// <summary>Expiré: the validity date passed without an answer.</summary>
    Expired,
}
