using ModularCrm.Modules.Sales.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>An order as the API returns it, with delivered and invoiced quantities per line.</summary>
internal sealed record OrderView(
    Guid Id, string Status, string? Number, Guid? QuoteId, long CustomerId, string CustomerName, string? CustomerAddress, DateOnly? Date,
    IReadOnlyList<LineView> Lines, IReadOnlyList<VatView> Vat, decimal TotalExclVat, decimal TotalVat, decimal TotalInclVat,
    IReadOnlyList<OrderProgressView> Progress, IReadOnlyList<Guid> DepositInvoiceIds)
{
    public static OrderView From(StoredOrder stored)
    {
        var o = stored.Order;
        var totals = o.Totals;
        return new OrderView(
            o.Id, o.Status.ToString(), o.Number, o.QuoteId, o.CustomerId, stored.CustomerName, stored.CustomerAddress, o.Date,
            o.Lines.Select(LineView.From).ToList(),
            VatView.From(totals),
            totals.TotalExclVat, totals.TotalVat, totals.TotalInclVat,
            o.Progress.Select(p => new OrderProgressView(p.LineNo, p.Ordered, p.Delivered, p.Invoiced, p.RemainingToDeliver)).ToList(),
            o.DepositInvoiceIds);
    }
}
