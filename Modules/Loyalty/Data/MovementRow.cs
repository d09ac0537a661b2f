using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>A <c>loyalty_movements</c> row as read.</summary>
internal sealed class MovementRow
{
    public long CardId { get; set; }

    public long ProgramId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public object? Units { get; set; }

    public object? Amount { get; set; }

    public string? InvoiceId { get; set; }

    public object OccurredOn { get; set; } = string.Empty;

    public object? ExpiresOn { get; set; }

    public LedgerEntry ToEntry() => new(SqlValues.ReadDate(OccurredOn), SqlValues.Money(Units), SqlValues.ReadDateOrNull(ExpiresOn));
}
