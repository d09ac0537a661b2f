using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Modules.Sales.Domain.Payments;
using ModularCrm.Modules.Sales.Domain.Quotes;
using ModularCrm.Modules.Sales.Domain.Reminders;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain;

/// <summary>The whole chain as the API layer will drive it, in the order a shop lives it.</summary>
public sealed class SalesScenarioTests
{
    [Fact]
    public void QuoteToPaidInvoice_WithDepositDeliveriesCreditAndReminder_EveryAmountAddsUp()
    {
        var masks = Enum.GetValues<SalesDocumentType>().ToDictionary(t => t, t => NumberingMask.Parse(DefaultNumberingMasks.For(t)));
        var counters = new Dictionary<NumberingCounterKey, long>();
        string Next(SalesDocumentType type, DateOnly date)
        {
            var key = masks[type].CounterKey(Shop, type, date);
            counters[key] = counters.GetValueOrDefault(key) + 1;
            return masks[type].Format(date, counters[key]);
        }

        var quote = Quote.Create(Shop, Customer, [
            DocumentLine.Product(11, "Radiateur", 2m, 349.90m, VatRate.Standard, discountPercent: 5m),
            DocumentLine.FreeText("Pose", 3.5m, 45m, VatRate.Intermediate)]);
        quote.Validate(Next(SalesDocumentType.Quote, Today), Today, Today.AddDays(30));
        quote.Accept(Today.AddDays(3));
        var order = SalesOrder.FromQuote(quote);
        order.Validate(Next(SalesDocumentType.Order, Today.AddDays(3)), Today.AddDays(3));

        var deposit = Invoice.CreateDeposit(order, DepositRequest.OfPercentage(30m), []);
        deposit.Validate(Next(SalesDocumentType.Invoice, Today.AddDays(3)), Today.AddDays(3), PaymentTerms.OnReceipt, order);
        deposit.RegisterPayment(Payment.Create(Today.AddDays(3), deposit.AmountDue, PaymentMethod.Card));

        var bl1 = order.Deliver(Next(SalesDocumentType.DeliveryNote, Today.AddDays(10)), Today.AddDays(10), [new DeliveryRequestLine(1, 1m)]);
        var bl2 = order.Deliver(Next(SalesDocumentType.DeliveryNote, Today.AddDays(12)), Today.AddDays(12), [new DeliveryRequestLine(1, 1m), new DeliveryRequestLine(2, 3.5m)]);
        Assert.Equal(OrderStatus.Delivered, order.Status);

        var final = Invoice.FromDeliveryNotes(order, [bl1, bl2]);
        final.DeductDeposits([deposit]);
        final.Validate(Next(SalesDocumentType.Invoice, Today.AddDays(12)), Today.AddDays(12), PaymentTerms.NetDays(30), order, [bl1, bl2]);
        Assert.Equal(OrderStatus.Invoiced, order.Status);
        Assert.Equal(order.Totals.TotalInclVat, deposit.Totals.TotalInclVat + final.Totals.TotalInclVat);

        var credit = CreditNote.ForInvoice(final, [DocumentLine.FreeText("Geste commercial", 1m, 20m, VatRate.Intermediate)]);
        credit.Validate(Next(SalesDocumentType.CreditNote, Today.AddDays(13)), Today.AddDays(13), final);
        final.RegisterPayment(Payment.Create(Today.AddDays(20), 100m, PaymentMethod.Cheque));

        var reminders = ReminderPolicy.Create([7, 15, 30]).DueOn(final.DueDate!.Value.AddDays(8), [ReminderCandidate.From(final, [])!]);

        Assert.Equal(
            "DE2026-0001 CO2026-0001 FA2026-00001 BL2026-0001 BL2026-0002 FA2026-00002 AV2026-00001",
            string.Join(" ", quote.Number, order.Number, deposit.Number, bl1.Number, bl2.Number, final.Number, credit.Number));
        Assert.Equal(final.Totals.TotalInclVat - 22m - 100m, final.AmountDue);
        Assert.Equal(InvoiceStatus.PartiallyPaid, final.Status);
        Assert.Equal(1, Assert.Single(reminders).StepNo);
    }
}
