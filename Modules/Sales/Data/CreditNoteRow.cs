namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_credit_notes</c> (guids as text; the date as an object, see <see cref="SqlDates"/>).</summary>
internal sealed class CreditNoteRow
{
    public string Id { get; set; } = string.Empty;

    public string? Number { get; set; }

    public string Status { get; set; } = string.Empty;

    public string InvoiceId { get; set; } = string.Empty;

    public long CustomerId { get; set; }

    public string? Reason { get; set; }

    public object? IssueDate { get; set; }
}
