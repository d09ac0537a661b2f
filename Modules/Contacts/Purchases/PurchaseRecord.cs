namespace ModularCrm.Modules.Contacts.Purchases;

/// <summary>A row of <c>contacts_purchases</c>: one validated invoice (positive) or credit note (negative).</summary>
public sealed record PurchaseRecord
{
    public string DocumentKind { get; init; } = string.Empty;

    /// <summary>The sales document's id (a guid).</summary>
    public string? DocumentId { get; init; }

    public decimal TotalInclVat { get; init; }

    public decimal TotalExclVat { get; init; }

    /// <summary>ISO date (yyyy-MM-dd).</summary>
    public string PurchaseDate { get; init; } = string.Empty;
}
