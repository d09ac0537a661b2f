namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_invoices</c> as Dapper reads it (guids as text; dates as objects, text on SQLite and DateTime on engines with a DATE type, portable across engines).</summary>
internal sealed class InvoiceRow
{
    public string Id { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? Number { get; set; }

    public string Status { get; set; } = string.Empty;

    public long CustomerId { get; set; }

    public string CustomerName { get; set; } = string.Empty;

    public string? CustomerAddress { get; set; }

    public object? IssueDate { get; set; }

    public object? DueDate { get; set; }

    public string? PaymentTermsKind { get; set; }

    public int? PaymentTermsDays { get; set; }

    public string? OrderId { get; set; }
}
