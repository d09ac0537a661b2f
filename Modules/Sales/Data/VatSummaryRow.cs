namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_vat_summaries</c> (numbers as objects, see <see cref="SqlNumbers"/>).</summary>
internal sealed class VatSummaryRow
{
    public string OwnerId { get; set; } = string.Empty;

    public object VatRate { get; set; } = 0m;

    public object BaseExclVat { get; set; } = 0m;

    public object Vat { get; set; } = 0m;
}
