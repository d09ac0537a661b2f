using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>
/// One line of a quote, order, invoice or credit note. Immutable and always valid: build it with
/// <see cref="Product"/> or <see cref="FreeText"/>, which check every field.
/// </summary>
public sealed record DocumentLine
{
    /// <summary>Largest quantity accepted: keeps quantity × price far from decimal overflow.</summary>
    public const decimal MaxQuantity = 1_000_000m;

    /// <summary>Largest unit price accepted (excl. VAT): high enough for a deposit or credit line carrying a whole rate base.</summary>
    public const decimal MaxUnitPrice = 1_000_000_000m;

    private DocumentLine(long? productId, string description, decimal quantity, decimal unitPriceExclVat, decimal discountPercent, VatRate vatRate, int? sourceLineNo)
    {
        ProductId = productId;
        Description = description;
        Quantity = quantity;
        UnitPriceExclVat = unitPriceExclVat;
        DiscountPercent = discountPercent;
        VatRate = vatRate;
        SourceLineNo = sourceLineNo;
    }

    /// <summary>Product line or free text.</summary>
    public DocumentLineKind Kind => ProductId is null ? DocumentLineKind.FreeText : DocumentLineKind.Product;

    /// <summary>The catalogue product, or null for a free-text line.</summary>
    public long? ProductId { get; }

    /// <summary>The label printed on the document.</summary>
    public string Description { get; }

    /// <summary>Quantity, positive, at most 3 decimal places (kg, m, hours...).</summary>
    public decimal Quantity { get; }

    /// <summary>Unit price excluding VAT, zero or positive, at most 4 decimal places (prices such as 0,0125 € a unit exist).</summary>
    public decimal UnitPriceExclVat { get; }

    /// <summary>Discount in percent, 0 to 100, at most 2 decimal places.</summary>
    public decimal DiscountPercent { get; }

    /// <summary>The line's VAT rate.</summary>
    public VatRate VatRate { get; }

    /// <summary>
    /// The 1-based line number of the order line this line was copied from (invoice lines built from an
    /// order or delivery notes), used to track what is invoiced; null otherwise.
    /// </summary>
    public int? SourceLineNo { get; }

    /// <summary>Quantity × unit price before discount, unrounded (shown for information only).</summary>
    public decimal GrossExclVat => Quantity * UnitPriceExclVat;

    /// <summary>
    /// The line total excluding VAT, rounded once to the cent after the discount
    /// (rounding the discount separately could lose a cent). Document totals are sums of these.
    /// </summary>
    public decimal TotalExclVat => MoneyRounding.ToCents(Quantity * UnitPriceExclVat * (100m - DiscountPercent) / 100m);

    /// <summary>Creates a product line. <paramref name="lineNo"/> (1-based) only serves to name the line in errors.</summary>
    public static DocumentLine Product(long productId, string description, decimal quantity, decimal unitPriceExclVat, VatRate vatRate, decimal discountPercent = 0m, int lineNo = 0, int? sourceLineNo = null)
    {
        if (productId <= 0)
        {
            throw SalesDomainException.Of(SalesErrorCodes.LineProductInvalid, Field(lineNo, "productId"), $"{Prefix(lineNo)}l'identifiant de produit {productId} est invalide.");
        }

        return Create(productId, description, quantity, unitPriceExclVat, discountPercent, vatRate, lineNo, sourceLineNo);
    }

    /// <summary>Creates a free-text line. <paramref name="lineNo"/> (1-based) only serves to name the line in errors.</summary>
    public static DocumentLine FreeText(string description, decimal quantity, decimal unitPriceExclVat, VatRate vatRate, decimal discountPercent = 0m, int lineNo = 0, int? sourceLineNo = null)
        => Create(null, description, quantity, unitPriceExclVat, discountPercent, vatRate, lineNo, sourceLineNo);

    /// <summary>The same line with another quantity (used when copying part of an order line), validated again.</summary>
    public DocumentLine WithQuantity(decimal quantity, int? sourceLineNo, int lineNo = 0)
        => Create(ProductId, Description, quantity, UnitPriceExclVat, DiscountPercent, VatRate, lineNo, sourceLineNo);

    private static DocumentLine Create(long? productId, string description, decimal quantity, decimal unitPrice, decimal discount, VatRate vatRate, int lineNo, int? sourceLineNo)
    {
        ArgumentNullException.ThrowIfNull(vatRate);
        var text = description?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw SalesDomainException.Of(SalesErrorCodes.LineDescriptionRequired, Field(lineNo, "description"), $"{Prefix(lineNo)}le libellé est obligatoire.");
        }

        if (quantity <= 0m || quantity > MaxQuantity)
        {
            throw SalesDomainException.Of(SalesErrorCodes.LineQuantityInvalid, Field(lineNo, "quantity"), $"{Prefix(lineNo)}la quantité {Fr.Num(quantity)} doit être supérieure à 0 et au plus {Fr.Num(MaxQuantity)}.");
        }

        if (!MoneyRounding.HasAtMostDecimals(quantity, 3))
        {
            throw SalesDomainException.Of(SalesErrorCodes.LineQuantityInvalid, Field(lineNo, "quantity"), $"{Prefix(lineNo)}la quantité {quantity} a plus de 3 décimales.");
        }

        if (unitPrice < 0m || unitPrice > MaxUnitPrice || !MoneyRounding.HasAtMostDecimals(unitPrice, 4))
        {
            throw SalesDomainException.Of(SalesErrorCodes.LineUnitPriceInvalid, Field(lineNo, "unitPriceExclVat"), $"{Prefix(lineNo)}le prix unitaire HT {unitPrice} doit être compris entre 0 et {Fr.Eur(MaxUnitPrice)}, avec au plus 4 décimales.");
        }

        if (discount < 0m || discount > 100m || !MoneyRounding.HasAtMostDecimals(discount, 2))
        {
            throw SalesDomainException.Of(SalesErrorCodes.LineDiscountInvalid, Field(lineNo, "discountPercent"), $"{Prefix(lineNo)}la remise {discount} % doit être comprise entre 0 et 100 %, avec au plus 2 décimales.");
        }

        return new DocumentLine(productId, text, quantity, unitPrice, discount, vatRate, sourceLineNo);
    }

    private static string? Field(int lineNo, string name) => lineNo > 0 ? $"lines[{lineNo}].{name}" : name;

    private static string Prefix(int lineNo) => lineNo > 0 ? $"Ligne {lineNo} : " : string.Empty;
}
