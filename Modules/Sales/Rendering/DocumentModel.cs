namespace ModularCrm.Modules.Sales.Rendering;

/// <summary>
/// What every document template sees (snake_case: <c>total_incl_vat</c>, <c>issued_on</c>...). Dates are already
/// written the French way (dd/MM/yyyy); amounts are decimals for the <c>money</c> filter.
/// </summary>
internal sealed record DocumentModel
{
    /// <summary>Document title: Facture, Facture d'acompte, Devis, Bon de commande, Bon de livraison, Avoir.</summary>
    public required string Title { get; init; }

    /// <summary>Number, or null for a draft.</summary>
    public string? Number { get; init; }

    /// <summary>True for a draft (printed with a watermark, never stored).</summary>
    public bool Draft => Number is null;

    public string? IssuedOn { get; init; }

    public string? DueOn { get; init; }

    public string? ValidUntil { get; init; }

    public string? PaymentTerms { get; init; }

    public required SellerModel Seller { get; init; }

    public required CustomerModel Customer { get; init; }

    public IReadOnlyList<LineModel> Lines { get; init; } = [];

    public IReadOnlyList<VatModel> Vat { get; init; } = [];

    /// <summary>Deposits deducted (final invoice), per rate.</summary>
    public IReadOnlyList<VatModel> Deductions { get; init; } = [];

    public decimal TotalExclVat { get; init; }

    public decimal TotalVat { get; init; }

    public decimal TotalInclVat { get; init; }

    public decimal AmountPaid { get; init; }

    public decimal AmountCredited { get; init; }

    public decimal AmountDue { get; init; }

    /// <summary>Related documents, as sentences (« Commande CO2026-0001 », « Avoir sur la facture FA2026-00001 »).</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Why a credit note is given, notes; may be null.</summary>
    public string? Reason { get; init; }

    /// <summary>The legal mentions as printed lines (empty while the shop has not configured them).</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];
}
