namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_products</c> (numbers as objects, see <see cref="SqlNumbers"/>).</summary>
internal sealed class ProductRecord
{
    public long Id { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Reference { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public object UnitPriceExclVat { get; set; } = 0m;

    public object VatRate { get; set; } = 0m;

    public bool Active { get; set; }
}
