namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_orders</c> (guids as text; dates as objects, text on SQLite and DateTime on engines with a DATE type).</summary>
internal sealed class OrderRow
{
    public string Id { get; set; } = string.Empty;

    public string? Number { get; set; }

    public string Status { get; set; } = string.Empty;

    public string? QuoteId { get; set; }

    public long CustomerId { get; set; }

    public string CustomerName { get; set; } = string.Empty;

    public string? CustomerAddress { get; set; }

    public object? IssueDate { get; set; }
}
