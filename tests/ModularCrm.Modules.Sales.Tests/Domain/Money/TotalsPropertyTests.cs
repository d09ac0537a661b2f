using FsCheck.Xunit;
using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Orders;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

/// <summary>Property-based checks (FsCheck) of the invariants every document's totals must keep.</summary>
public sealed class TotalsPropertyTests
{
    [Property(Arbitrary = [typeof(SalesArbitraries)], MaxTest = 500)]
    public void Compute_AnyLines_TotalsAddUpExactlyInWholeCents(LineSet set)
    {
        var totals = TotalsCalculator.Compute(set.Lines);

        Assert.Equal(set.Lines.Sum(l => l.TotalExclVat), totals.TotalExclVat);
        Assert.Equal(totals.LinesTotalExclVat, totals.TotalExclVat);
        Assert.Equal(totals.VatSummary.Sum(s => s.Vat), totals.TotalVat);
        Assert.Equal(totals.TotalExclVat + totals.TotalVat, totals.TotalInclVat);
        Assert.All(totals.VatSummary, s => Assert.Equal(set.Lines.Where(l => l.VatRate == s.Rate).Sum(l => l.TotalExclVat), s.BaseExclVat));
        AssertWholeCents(totals);
    }

    [Property(Arbitrary = [typeof(SalesArbitraries)], MaxTest = 500)]
    public void Compute_AnyLines_RoundingStaysWithinHalfACentPerLineAndPerRate(LineSet set)
    {
        var totals = TotalsCalculator.Compute(set.Lines);

        Assert.All(set.Lines, l => Assert.True(Math.Abs(l.TotalExclVat - (l.Quantity * l.UnitPriceExclVat * (100m - l.DiscountPercent) / 100m)) <= 0.005m));
        Assert.All(totals.VatSummary, s => Assert.True(Math.Abs(s.Vat - (s.BaseExclVat * s.Rate.Fraction)) <= 0.005m, $"{s}"));
        Assert.All(totals.VatSummary, s => Assert.True(s.BaseExclVat >= 0m && s.Vat >= 0m));
    }

    [Property(Arbitrary = [typeof(SalesArbitraries)], MaxTest = 300)]
    public void DepositsThenFinalInvoice_AnyOrderAndDeposits_InvoicesAddUpToTheOrderToTheCent(DepositPlan plan)
    {
        var order = ValidatedOrder([.. plan.Order.Lines]);
        var deposits = new List<Invoice>();
        var requests = plan.Percentages.Select(DepositRequest.OfPercentage).ToList();
        foreach (var request in requests)
        {
            TryDeposit(order, request, deposits);
        }

        var left = order.Totals.TotalExclVat - deposits.Sum(d => d.Totals.TotalExclVat);
        if (plan.Exhaust && left > 0m)
        {
            TryDeposit(order, DepositRequest.OfAmountExclVat(left), deposits);
        }

        var final = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);
        final.DeductDeposits(deposits);
        final.Validate("FA2026-99999", Today, PaymentTerms.OnReceipt, order);

        var all = deposits.Append(final).ToList();
        Assert.Equal(order.Totals.TotalExclVat, all.Sum(i => i.Totals.TotalExclVat));
        Assert.Equal(order.Totals.TotalVat, all.Sum(i => i.Totals.TotalVat));
        Assert.Equal(order.Totals.TotalInclVat, all.Sum(i => i.Totals.TotalInclVat));
        Assert.All(all, i => AssertWholeCents(i.Totals));
        Assert.All(all, i => Assert.All(i.Totals.VatSummary, s => Assert.True(s.BaseExclVat >= 0m && s.Vat >= 0m, $"{i.Number}: {s}")));
        Assert.Equal(OrderStatus.Validated, order.Status);
    }

    [Property(Arbitrary = [typeof(SalesArbitraries)], MaxTest = 300)]
    public void CreditNotes_AnySeriesOfPartialCreditsThenFull_NeverExceedTheInvoiceAndEndExactlyOnIt(CreditPlan plan)
    {
        var invoice = ValidatedInvoice([.. plan.Invoice.Lines]);
        var counter = 0;
        foreach (var percent in plan.Percentages)
        {
            var remaining = invoice.RemainingCreditable.FirstOrDefault(r => r.BaseExclVat > 0m);
            var amount = remaining is null ? 0m : Math.Floor(remaining.BaseExclVat * percent) / 100m;
            if (amount <= 0m)
            {
                continue;
            }

            var credit = CreditNote.ForInvoice(invoice, [DocumentLine.FreeText("Retour", 1m, amount, remaining!.Rate)]);
            credit.Validate($"AV2026-{++counter:00000}", Today, invoice);
            AssertCreditsWithinInvoice(invoice);
        }

        if (invoice.RemainingCreditable.Any(r => r.BaseExclVat > 0m))
        {
            var full = CreditNote.FullForInvoice(invoice);
            full.Validate("AV2026-99999", Today, invoice);
        }

        AssertCreditsWithinInvoice(invoice);
        Assert.Equal(invoice.Totals.TotalInclVat, invoice.AmountCredited);
        Assert.All(invoice.RemainingCreditable, r => Assert.Equal((0m, 0m), (r.BaseExclVat, r.Vat)));
        Assert.Equal(0m, invoice.AmountDue);
        var more = Refused(() => CreditNote.ForInvoice(invoice, [DocumentLine.FreeText("Encore", 1m, 0.01m, invoice.Lines[0].VatRate)]));
        Assert.Equal(SalesErrorCodes.CreditExceedsCreditable, more.Code);
    }

    private static void TryDeposit(SalesOrder order, DepositRequest request, List<Invoice> deposits)
    {
        var before = deposits.Sum(d => d.Totals.TotalExclVat);
        var remaining = order.Totals.TotalExclVat - before;
        var wanted = request.Kind == DepositKind.Percentage ? MoneyRounding.ToCents(order.Totals.TotalExclVat * request.Value / 100m) : request.Value;
        if (wanted <= 0m || wanted > remaining)
        {
            Assert.Equal(SalesErrorCodes.DepositExceedsOrder, Refused(() => Invoice.CreateDeposit(order, request, deposits)).Code);
            return;
        }

        var deposit = Invoice.CreateDeposit(order, request, deposits);
        Assert.Equal(wanted, deposit.Totals.TotalExclVat);
        deposit.Validate($"FA2026-{deposits.Count + 1:00000}", Today, PaymentTerms.OnReceipt, order);
        deposits.Add(deposit);
        foreach (var rate in order.Totals.VatSummary)
        {
            var deposited = deposits.Select(d => d.Totals.For(rate.Rate)).ToList();
            Assert.True(deposited.Sum(d => d.BaseExclVat) <= rate.BaseExclVat);
            Assert.True(deposited.Sum(d => d.Vat) <= rate.Vat);
        }
    }

    private static void AssertCreditsWithinInvoice(Invoice invoice)
    {
        foreach (var rate in invoice.Totals.VatSummary)
        {
            var credited = invoice.CreditNotes.SelectMany(c => c.VatSummary).Where(s => s.Rate == rate.Rate).ToList();
            Assert.True(credited.Sum(c => c.BaseExclVat) <= rate.BaseExclVat, $"base {rate}");
            Assert.True(credited.Sum(c => c.Vat) <= rate.Vat, $"vat {rate}");
            Assert.All(credited, c => Assert.True(MoneyRounding.HasAtMostDecimals(c.Vat, 2)));
        }

        Assert.True(invoice.AmountCredited <= invoice.Totals.TotalInclVat);
        Assert.True(invoice.AmountDue >= 0m);
    }

    private static void AssertWholeCents(DocumentTotals totals)
    {
        var amounts = totals.VatSummary.SelectMany(s => new[] { s.BaseExclVat, s.Vat })
            .Concat([totals.TotalExclVat, totals.TotalVat, totals.TotalInclVat, totals.LinesTotalExclVat]);
        Assert.All(amounts, a => Assert.True(MoneyRounding.HasAtMostDecimals(a, 2), $"{a} has fractional cents"));
    }
}
