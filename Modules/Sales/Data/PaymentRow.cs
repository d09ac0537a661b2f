namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_payments</c>.</summary>
internal sealed class PaymentRow
{
    public string Id { get; set; } = string.Empty;

    public string PaymentDate { get; set; } = string.Empty;

    public decimal Amount { get; set; }

    public string Method { get; set; } = string.Empty;

    public string? Reference { get; set; }
}
