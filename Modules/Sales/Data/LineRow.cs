namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// A row of <c>sales_document_lines</c>. Numbers are read as objects: SQLite gives INTEGER or REAL row by row
/// under NUMERIC affinity, and Dapper would reuse the first row's conversion; <see cref="SqlNumbers"/> converts them.
/// </summary>
internal sealed class LineRow
{
    public int LineNo { get; set; }

    public long? ProductId { get; set; }

    public string Description { get; set; } = string.Empty;

    public object Quantity { get; set; } = 0m;

    public object UnitPriceExclVat { get; set; } = 0m;

    public object DiscountPercent { get; set; } = 0m;

    public object VatRate { get; set; } = 0m;

    public int? SourceLineNo { get; set; }
}
