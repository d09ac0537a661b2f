using ModularCrm.Modules.Sales.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>A quote as the API returns it.</summary>
internal sealed record QuoteView(
    Guid Id, string Status, string? Number, long CustomerId, string CustomerName, string? CustomerAddress, DateOnly? Date, DateOnly? ValidUntil,
    IReadOnlyList<LineView> Lines, IReadOnlyList<VatView> Vat, decimal TotalExclVat, decimal TotalVat, decimal TotalInclVat, Guid? OrderId)
{
    public static QuoteView From(StoredQuote stored)
    {
        var q = stored.Quote;
        var totals = q.Totals;
        return new QuoteView(
            q.Id, q.Status.ToString(), q.Number, q.CustomerId, stored.CustomerName, stored.CustomerAddress, q.Date, q.ValidUntil,
            q.Lines.Select(LineView.From).ToList(),
            VatView.From(totals),
            totals.TotalExclVat, totals.TotalVat, totals.TotalInclVat, q.OrderId);
    }
}
