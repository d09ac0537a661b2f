namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_order_progress</c> (numbers as objects, see <see cref="SqlNumbers"/>).</summary>
internal sealed class ProgressRow
{
    public int LineNo { get; set; }

    public object Delivered { get; set; } = 0m;

    public object Invoiced { get; set; } = 0m;
}
