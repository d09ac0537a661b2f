namespace ModularCrm.Modules.Sales.Pages;

/// <summary>One row of the line editor as typed (strings, so a refused value comes back as the user wrote it).</summary>
internal sealed record LineRow(string? ProductId, string? Description, string? Quantity, string? UnitPrice, string? Discount, string? VatRate)
{
    public static readonly LineRow Empty = new(null, null, null, null, null, "20");

    public bool IsBlank => string.IsNullOrWhiteSpace(ProductId) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Quantity);
}
