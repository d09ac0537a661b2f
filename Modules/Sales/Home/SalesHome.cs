using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Home;

namespace ModularCrm.Modules.Sales.Home;

/// <summary>
/// The home page's sales figures: quotes sent and awaiting an answer, overdue invoices and what they owe, and the
/// revenue excl. VAT (invoices less credit notes) of each of the last <see cref="Months"/> months, drawn as a chart.
/// </summary>
internal static class SalesHome
{
    public const int Months = 6;

    public static async Task<IReadOnlyList<HomeFigure>> FiguresAsync(IShopDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var toFollow = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM sales_quotes WHERE shop_id = @shop AND status = @status", new { status = "Validated" }, ct);
        var overdue = await OverdueInvoices.ListAsync(db, today, ct);
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-(Months - 1));
        var revenue = new decimal[Months];
        foreach (var (date, amount) in await SignedRevenueAsync(db, firstMonth, ct))
        {
            var month = (date.Year - firstMonth.Year) * 12 + date.Month - firstMonth.Month;
            if (month is >= 0 and < Months)
            {
                revenue[month] += amount;
            }
        }

        return
        [
            new HomeFigure("Devis à suivre", "Quotes to follow up", toFollow, FigureKind.Count, string.Empty),
            new HomeFigure("Factures en retard", "Overdue invoices", overdue.Count, FigureKind.Count, string.Empty),
            new HomeFigure("Montant en retard TTC", "Overdue amount incl. VAT", overdue.Sum(s => s.Invoice.AmountDue), FigureKind.Money, string.Empty),
            new HomeFigure($"Chiffre d'affaires HT, {Months} derniers mois", $"Revenue excl. VAT, last {Months} months", revenue.Sum(), FigureKind.Money, string.Empty)
            {
                Series = revenue.Select((amount, i) => new HomeFigurePoint(firstMonth.AddMonths(i), amount)).ToList(),
            },
        ];
    }

    private static async Task<List<(DateOnly Date, decimal Amount)>> SignedRevenueAsync(IShopDb db, DateOnly since, CancellationToken ct)
    {
        var args = new { since = SqlDates.Write(since), draft = nameof(InvoiceStatus.Draft) };
        var invoices = await db.QueryAsync<RevenueRow>(
            "SELECT issue_date AS IssueDate, total_excl_vat AS Amount FROM sales_invoices WHERE shop_id = @shop AND status <> @draft AND issue_date >= @since", args, ct);
        var credits = await db.QueryAsync<RevenueRow>(
            "SELECT issue_date AS IssueDate, total_excl_vat AS Amount FROM sales_credit_notes WHERE shop_id = @shop AND status <> @draft AND issue_date >= @since", args, ct);
        return invoices.Select(r => (SqlDates.Read(r.IssueDate!), SqlNumbers.Decimal(r.Amount!)))
            .Concat(credits.Select(r => (SqlDates.Read(r.IssueDate!), -Math.Abs(SqlNumbers.Decimal(r.Amount!)))))
            .ToList();
    }

    private sealed class RevenueRow
    {
        public object? IssueDate { get; init; }

        public object? Amount { get; init; }
    }
}
