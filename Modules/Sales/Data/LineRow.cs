namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_document_lines</c>.</summary>
internal sealed class LineRow
{
    public int LineNo { get; set; }

    public long? ProductId { get; set; }

    public string Description { get; set; } = string.Empty;

    public decimal Quantity { get; set; }

    public decimal UnitPriceExclVat { get; set; }

    public decimal DiscountPercent { get; set; }

    public decimal VatRate { get; set; }

    public int? SourceLineNo { get; set; }
}
