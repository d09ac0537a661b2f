using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>Validated invoices not fully paid whose due date has passed on <c>today</c>, oldest due first.</summary>
internal static class OverdueInvoices
{
    public static async Task<List<StoredInvoice>> ListAsync(IShopSql db, DateOnly today, CancellationToken ct)
    {
        var open = new List<StoredInvoice>();
        foreach (var status in new[] { nameof(InvoiceStatus.Unpaid), nameof(InvoiceStatus.PartiallyPaid) })
        {
            open.AddRange(await InvoiceStore.ListAsync(db, status, ct));
        }

        return open.Where(s => s.Invoice.IsOverdue(today)).OrderBy(s => s.Invoice.DueDate).ToList();
    }
}
