using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Orders;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Invoices;

public sealed class InvoiceFromOrderTests
{
    private static SalesOrder Order() => ValidatedOrder(Line(10m, 5m, description: "Vis M6"), Line(2m, 100m, 10m, description: "Pose"));

    [Fact]
    public void FromOrder_AllOrdered_InvoicesEveryLineWithItsOrderLineNumber()
    {
        var order = Order();

        var invoice = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);

        Assert.Equal(order.Id, invoice.OrderId);
        Assert.Equal([1, 2], invoice.Lines.Select(l => l.SourceLineNo!.Value));
        Assert.Equal(order.Totals.TotalInclVat, invoice.Totals.TotalInclVat);
    }

    [Fact]
    public void FromOrder_DeliveredNotInvoiced_InvoicesOnlyDeliveredQuantities_ThenTheRestLater()
    {
        var order = Order();
        order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 4m)]);

        var first = Invoice.FromOrder(order, OrderInvoicingScope.DeliveredNotInvoiced);
        first.Validate("FA1", Today, PaymentTerms.OnReceipt, order);
        order.Deliver("BL2", Today, [new DeliveryRequestLine(1, 6m), new DeliveryRequestLine(2, 2m)]);
        var second = Invoice.FromOrder(order, OrderInvoicingScope.DeliveredNotInvoiced);

        Assert.Equal(4m, Assert.Single(first.Lines).Quantity);
        Assert.Equal([6m, 2m], second.Lines.Select(l => l.Quantity));
        Assert.Equal(OrderStatus.Delivered, order.Status);
        second.Validate("FA2", Today, PaymentTerms.OnReceipt, order);
        Assert.Equal(OrderStatus.Invoiced, order.Status);
    }

    [Fact]
    public void FromOrder_NothingDeliveredYet_IsRefusedAsNothingToInvoice()
    {
        var error = Refused(() => Invoice.FromOrder(Order(), OrderInvoicingScope.DeliveredNotInvoiced));
        Assert.Equal(SalesErrorCodes.InvoiceNothingToInvoice, error.Code);
        Assert.Contains("CO2026-0001", error.Message);
    }

    [Fact]
    public void FromOrder_EverythingAlreadyInvoiced_IsRefused()
    {
        var order = Order();
        Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered).Validate("FA1", Today, PaymentTerms.OnReceipt, order);
        Assert.Equal(SalesErrorCodes.InvoiceNothingToInvoice, Refused(() => Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered)).Code);
    }

    [Fact]
    public void FromOrder_DraftOrCancelledOrder_IsRefused()
    {
        var draft = SalesOrder.Create(Shop, Customer, [Line(1m, 1m)]);
        Assert.Equal(SalesErrorCodes.OrderInvalidTransition, Refused(() => Invoice.FromOrder(draft, OrderInvoicingScope.AllOrdered)).Code);
        draft.Cancel();
        Assert.Equal(SalesErrorCodes.OrderInvalidTransition, Refused(() => Invoice.FromOrder(draft, OrderInvoicingScope.AllOrdered)).Code);
    }

    [Fact]
    public void Validate_TwoDraftsOfTheSameOrder_SecondIsRefusedNamingTheLine_AndOrderUnchanged()
    {
        var order = Order();
        var first = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);
        var second = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);
        first.Validate("FA1", Today, PaymentTerms.OnReceipt, order);

        var error = Refused(() => second.Validate("FA2", Today, PaymentTerms.OnReceipt, order));

        Assert.Equal(SalesErrorCodes.InvoiceExceedsOrder, error.Code);
        Assert.Equal("lines[1].quantity", error.Error.Field);
        Assert.Contains("il ne reste que 0 à facturer (10 commandés, 10 déjà facturés)", error.Message);
        Assert.Equal(InvoiceStatus.Draft, second.Status);
        Assert.Equal([10m, 2m], order.Progress.Select(p => p.Invoiced));
    }

    [Fact]
    public void Validate_OrderInvoiceWithoutItsOrder_IsRefused()
    {
        var invoice = Invoice.FromOrder(Order(), OrderInvoicingScope.AllOrdered);
        Assert.Equal(SalesErrorCodes.InvoiceOrderMismatch, Refused(() => invoice.Validate("FA1", Today, PaymentTerms.OnReceipt)).Code);
        Assert.Equal(SalesErrorCodes.InvoiceOrderMismatch, Refused(() => invoice.Validate("FA1", Today, PaymentTerms.OnReceipt, Order())).Code);
        Assert.Equal(InvoiceStatus.Draft, invoice.Status);
    }

    [Fact]
    public void FromDeliveryNotes_TwoNotes_AddsQuantitiesPerLine_AndMarksNotesInvoicedOnValidation()
    {
        var order = Order();
        var bl1 = order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 4m)]);
        var bl2 = order.Deliver("BL2", Today, [new DeliveryRequestLine(1, 2m), new DeliveryRequestLine(2, 1m)]);

        var invoice = Invoice.FromDeliveryNotes(order, [bl1, bl2]);
        invoice.Validate("FA1", Today, PaymentTerms.OnReceipt, order, [bl1, bl2]);

        Assert.Equal([(1, 6m), (2, 1m)], invoice.Lines.Select(l => (l.SourceLineNo!.Value, l.Quantity)));
        Assert.Equal((invoice.Id, invoice.Id), (bl1.InvoiceId!.Value, bl2.InvoiceId!.Value));
        Assert.Equal(SalesErrorCodes.DeliveryAlreadyInvoiced, Refused(() => Invoice.FromDeliveryNotes(order, [bl1])).Code);
    }

    [Fact]
    public void FromDeliveryNotes_NoteOfAnotherOrder_IsRefused()
    {
        var other = Order();
        var note = other.Deliver("BL9", Today, [new DeliveryRequestLine(1, 1m)]);
        Assert.Equal(SalesErrorCodes.DeliveryWrongOrder, Refused(() => Invoice.FromDeliveryNotes(Order(), [note])).Code);
    }

    [Fact]
    public void Validate_DeliveryNoteInvoiceWithoutItsNotes_IsRefused()
    {
        var order = Order();
        var note = order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 4m)]);
        var invoice = Invoice.FromDeliveryNotes(order, [note]);
        Assert.Equal(SalesErrorCodes.InvoiceDeliveryNotesMismatch, Refused(() => invoice.Validate("FA1", Today, PaymentTerms.OnReceipt, order)).Code);
        Assert.Null(note.InvoiceId);
        Assert.Equal(0m, order.Progress[0].Invoiced);
    }

    [Fact]
    public void FromDeliveryNotes_NoNotes_IsRefused()
        => Assert.Equal(SalesErrorCodes.InvoiceNothingToInvoice, Refused(() => Invoice.FromDeliveryNotes(Order(), [])).Code);
}
