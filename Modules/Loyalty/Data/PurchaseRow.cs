using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>A <c>loyalty_purchases</c> row as read.</summary>
internal sealed class PurchaseRow
{
    public string? InvoiceId { get; set; }

    public long ContactId { get; set; }

    public object PurchaseDate { get; set; } = string.Empty;

    public object? Amount { get; set; }

    public Purchase ToPurchase() => new(ContactId, SqlValues.ReadDate(PurchaseDate), SqlValues.Money(Amount));
}
