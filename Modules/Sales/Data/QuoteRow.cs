namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_quotes</c> (guids as text; dates as objects, text on SQLite and DateTime on engines with a DATE type).</summary>
internal sealed class QuoteRow
{
    public string Id { get; set; } = string.Empty;

    public string? Number { get; set; }

    public string Status { get; set; } = string.Empty;

    public long CustomerId { get; set; }

    public string CustomerName { get; set; } = string.Empty;

    public string? CustomerAddress { get; set; }

    public object? IssueDate { get; set; }

    public object? ValidUntil { get; set; }

    public string? OrderId { get; set; }
}
