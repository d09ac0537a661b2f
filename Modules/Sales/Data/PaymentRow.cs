namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// A row of <c>sales_payments</c>. Numbers are read as objects: SQLite gives INTEGER or REAL row by row
/// under NUMERIC affinity, and Dapper would reuse the first row's conversion; <see cref="SqlNumbers"/> converts them.
/// </summary>
internal sealed class PaymentRow
{
    public string Id { get; set; } = string.Empty;

    public object PaymentDate { get; set; } = string.Empty;

    public object Amount { get; set; } = 0m;

    public string Method { get; set; } = string.Empty;

    public string? Reference { get; set; }
}
