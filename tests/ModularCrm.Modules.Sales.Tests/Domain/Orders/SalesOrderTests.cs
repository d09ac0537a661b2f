using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Orders;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Orders;

public sealed class SalesOrderTests
{
    private static SalesOrder TwoLineOrder() => ValidatedOrder(Line(10m, 5m, description: "Vis M6"), Line(2m, 100m, description: "Perceuse"));

    [Fact]
    public void Validate_Draft_IsValidatedAndNumbered()
    {
        var order = TwoLineOrder();
        Assert.Equal(OrderStatus.Validated, order.Status);
        Assert.Equal("CO2026-0001", order.Number);
    }

    [Fact]
    public void Validate_NoLines_IsRefused()
        => Assert.Equal(SalesErrorCodes.OrderNoLines, Refused(() => SalesOrder.Create(Shop, Customer, []).Validate("CO1", Today)).Code);

    [Fact]
    public void ReplaceLines_Draft_ReplacesAndResetsProgress()
    {
        var order = SalesOrder.Create(Shop, Customer, [Line(1m, 1m)]);
        order.ReplaceLines([Line(1m, 1m), Line(2m, 2m)]);
        Assert.Equal(2, order.Progress.Count);
    }

    [Fact]
    public void ReplaceLines_Validated_IsRefused()
        => Assert.Equal(SalesErrorCodes.OrderInvalidTransition, Refused(() => TwoLineOrder().ReplaceLines([Line(1m, 1m)])).Code);

    [Fact]
    public void Deliver_PartOfALine_IsPartiallyDelivered()
    {
        var order = TwoLineOrder();

        var note = order.Deliver("BL2026-0001", Today, [new DeliveryRequestLine(1, 4m)]);

        Assert.Equal(OrderStatus.PartiallyDelivered, order.Status);
        Assert.Equal(order.Id, note.OrderId);
        Assert.Equal(new DeliveryNoteLine(1, null, "Vis M6", 4m), Assert.Single(note.Lines));
        Assert.Equal(6m, order.Progress[0].RemainingToDeliver);
    }

    [Fact]
    public void Deliver_EverythingInTwoNotes_IsDelivered()
    {
        var order = TwoLineOrder();
        order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 4m), new DeliveryRequestLine(2, 2m)]);
        order.Deliver("BL2", Today, [new DeliveryRequestLine(1, 3m), new DeliveryRequestLine(1, 3m)]);
        Assert.Equal(OrderStatus.Delivered, order.Status);
    }

    [Fact]
    public void Deliver_MoreThanRemains_IsRefusedNamingLineAndQuantities_AndChangesNothing()
    {
        var order = TwoLineOrder();
        order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 7m)]);

        var error = Refused(() => order.Deliver("BL2", Today, [new DeliveryRequestLine(2, 1m), new DeliveryRequestLine(1, 4m)]));

        Assert.Equal(SalesErrorCodes.DeliveryExceedsRemaining, error.Code);
        Assert.Equal("lines[1].quantity", error.Error.Field);
        Assert.Equal("Ligne 1 (« Vis M6 ») : 4 à livrer, mais il ne reste que 3 à livrer (10 commandés, 7 déjà livrés).", error.Message);
        Assert.Equal([7m, 0m], order.Progress.Select(p => p.Delivered));
        Assert.Equal(OrderStatus.PartiallyDelivered, order.Status);
    }

    [Fact]
    public void Deliver_SameLineTwiceAddingUpToTooMuch_IsRefused()
        => Assert.Equal(SalesErrorCodes.DeliveryExceedsRemaining, Refused(() => TwoLineOrder().Deliver("BL1", Today, [new DeliveryRequestLine(2, 1.5m), new DeliveryRequestLine(2, 1m)])).Code);

    [Theory]
    [InlineData(3, 1, SalesErrorCodes.OrderLineUnknown)]
    [InlineData(0, 1, SalesErrorCodes.OrderLineUnknown)]
    [InlineData(1, 0, SalesErrorCodes.DeliveryQuantityInvalid)]
    [InlineData(1, 0.0001, SalesErrorCodes.DeliveryQuantityInvalid)]
    public void Deliver_BadLineOrQuantity_IsRefused(int lineNo, decimal quantity, string code)
        => Assert.Equal(code, Refused(() => TwoLineOrder().Deliver("BL1", Today, [new DeliveryRequestLine(lineNo, quantity)])).Code);

    [Fact]
    public void Deliver_NoLines_IsRefused()
        => Assert.Equal(SalesErrorCodes.DeliveryNoLines, Refused(() => TwoLineOrder().Deliver("BL1", Today, [])).Code);

    [Fact]
    public void Deliver_DraftOrder_IsRefused()
        => Assert.Equal(SalesErrorCodes.OrderInvalidTransition, Refused(() => SalesOrder.Create(Shop, Customer, [Line(1m, 1m)]).Deliver("BL1", Today, [new DeliveryRequestLine(1, 1m)])).Code);

    [Fact]
    public void Deliver_FullyDeliveredOrder_IsRefused()
    {
        var order = ValidatedOrder(Line(1m, 1m));
        order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 1m)]);
        Assert.Equal(SalesErrorCodes.OrderInvalidTransition, Refused(() => order.Deliver("BL2", Today, [new DeliveryRequestLine(1, 1m)])).Code);
    }

    [Fact]
    public void Cancel_DraftOrValidatedWithNothingDone_IsCancelled()
    {
        var draft = SalesOrder.Create(Shop, Customer, [Line(1m, 1m)]);
        draft.Cancel();
        var validated = TwoLineOrder();
        validated.Cancel();
        Assert.Equal((OrderStatus.Cancelled, OrderStatus.Cancelled), (draft.Status, validated.Status));
        Assert.Equal(SalesErrorCodes.OrderInvalidTransition, Refused(() => validated.Cancel()).Code);
    }

    [Fact]
    public void Cancel_PartiallyDelivered_IsRefused()
    {
        var order = TwoLineOrder();
        order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 1m)]);
        Assert.Equal(SalesErrorCodes.OrderInvalidTransition, Refused(order.Cancel).Code);
        Assert.Equal(OrderStatus.PartiallyDelivered, order.Status);
    }

    [Fact]
    public void Cancel_ValidatedButInvoicedBeforeDelivery_IsRefused()
    {
        var order = TwoLineOrder();
        Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered).Validate("FA1", Today, PaymentTerms.OnReceipt, order);
        Assert.Equal(OrderStatus.Validated, order.Status);
        Assert.Equal(SalesErrorCodes.OrderCannotCancel, Refused(order.Cancel).Code);
    }

    [Fact]
    public void Cancel_WithValidatedDeposit_IsRefused()
    {
        var order = TwoLineOrder();
        Invoice.CreateDeposit(order, DepositRequest.OfPercentage(30m), []).Validate("FA1", Today, PaymentTerms.OnReceipt, order);
        Assert.Equal(SalesErrorCodes.OrderCannotCancel, Refused(order.Cancel).Code);
    }

    [Fact]
    public void Status_DeliveredThenFullyInvoiced_BecomesInvoiced()
    {
        var order = TwoLineOrder();
        order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 10m), new DeliveryRequestLine(2, 2m)]);
        Invoice.FromOrder(order, OrderInvoicingScope.DeliveredNotInvoiced).Validate("FA1", Today, PaymentTerms.OnReceipt, order);
        Assert.Equal(OrderStatus.Invoiced, order.Status);
        Assert.Equal(SalesErrorCodes.OrderInvalidTransition, Refused(order.Cancel).Code);
    }

    [Fact]
    public void Restore_StoredOrder_KeepsProgressAndDeposits()
    {
        var order = TwoLineOrder();
        order.Deliver("BL1", Today, [new DeliveryRequestLine(1, 4m)]);
        var copy = SalesOrder.Restore(order.Id, order.ShopId, order.CustomerId, order.Status, order.Number, order.Date, order.Lines, order.QuoteId, order.Progress, order.DepositInvoiceIds, order.DeductedDepositInvoiceIds);
        Assert.Equal(order.Progress, copy.Progress);
        Assert.Equal(SalesErrorCodes.DeliveryExceedsRemaining, Refused(() => copy.Deliver("BL2", Today, [new DeliveryRequestLine(1, 7m)])).Code);
    }
}
