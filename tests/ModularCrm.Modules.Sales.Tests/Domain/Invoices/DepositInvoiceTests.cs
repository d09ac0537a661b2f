using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Orders;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Invoices;

public sealed class DepositInvoiceTests
{
    private static SalesOrder Order() => ValidatedOrder(Line(1m, 1000m), Line(1m, 500m, 5.5m));

    private static Invoice ValidatedDeposit(SalesOrder order, DepositRequest request, params Invoice[] previous)
    {
        var deposit = Invoice.CreateDeposit(order, request, previous);
        deposit.Validate("FA-AC" + (previous.Length + 1), Today, PaymentTerms.OnReceipt, order);
        return deposit;
    }

    [Fact]
    public void CreateDeposit_ThirtyPercent_HasOneLinePerRateNamingTheOrder()
    {
        var deposit = Invoice.CreateDeposit(Order(), DepositRequest.OfPercentage(30m), []);

        Assert.Equal(InvoiceKind.Deposit, deposit.Kind);
        Assert.Equal(["Acompte de 30 % sur la commande CO2026-0001 (TVA 20 %)", "Acompte de 30 % sur la commande CO2026-0001 (TVA 5,5 %)"], deposit.Lines.Select(l => l.Description));
        Assert.Equal(450m, deposit.Totals.TotalExclVat);
        Assert.Equal(60m + 8.25m, deposit.Totals.TotalVat);
        Assert.Equal(518.25m, deposit.Totals.TotalInclVat);
    }

    [Fact]
    public void Validate_Deposit_IsRegisteredOnTheOrder()
    {
        var order = Order();
        var deposit = ValidatedDeposit(order, DepositRequest.OfAmountExclVat(150m));
        Assert.Equal([deposit.Id], order.DepositInvoiceIds);
        Assert.Equal(OrderStatus.Validated, order.Status);
    }

    [Fact]
    public void CreateDeposit_WithoutPreviousDeposits_IsAProgrammingError()
    {
        var order = Order();
        ValidatedDeposit(order, DepositRequest.OfPercentage(10m));
        Assert.Throws<ArgumentException>(() => Invoice.CreateDeposit(order, DepositRequest.OfPercentage(10m), []));
    }

    [Fact]
    public void Validate_DepositDraftedBeforeAnotherWasValidated_IsRefusedAsStale()
    {
        var order = Order();
        var late = Invoice.CreateDeposit(order, DepositRequest.OfPercentage(60m), []);
        ValidatedDeposit(order, DepositRequest.OfPercentage(60m));

        Assert.Equal(SalesErrorCodes.DepositStale, Refused(() => late.Validate("FA9", Today, PaymentTerms.OnReceipt, order)).Code);
        Assert.Equal(InvoiceStatus.Draft, late.Status);
        Assert.Single(order.DepositInvoiceIds);
    }

    [Fact]
    public void ReplaceLines_DepositDraft_IsRefused()
        => Assert.Equal(SalesErrorCodes.InvoiceDepositLinesFixed, Refused(() => Invoice.CreateDeposit(Order(), DepositRequest.OfPercentage(10m), []).ReplaceLines([Line(1m, 1m)])).Code);

    [Fact]
    public void FinalInvoice_DeductsDepositsPerRate_AndAllInvoicesAddUpToTheOrder()
    {
        var order = Order();
        var d1 = ValidatedDeposit(order, DepositRequest.OfPercentage(30m));
        var d2 = ValidatedDeposit(order, DepositRequest.OfAmountExclVat(100m), d1);

        var final = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);
        final.DeductDeposits([d1, d2]);
        final.Validate("FA3", Today, PaymentTerms.OnReceipt, order);

        Assert.Equal(1500m, final.Totals.LinesTotalExclVat);
        Assert.Equal(2, final.Totals.Deductions.Count);
        Assert.Equal(950m, final.Totals.TotalExclVat);
        Assert.Equal(order.Totals.TotalInclVat, d1.Totals.TotalInclVat + d2.Totals.TotalInclVat + final.Totals.TotalInclVat);
        Assert.Equal(final.Totals.TotalExclVat + final.Totals.TotalVat, final.Totals.TotalInclVat);
        Assert.Equal([d1.Id, d2.Id], order.DeductedDepositInvoiceIds);
        Assert.Equal(OrderStatus.Validated, order.Status);
    }

    [Fact]
    public void DeductDeposits_SameDepositOnASecondInvoice_IsRefusedAtValidation()
    {
        var order = ValidatedOrder(Line(2m, 1000m), Line(2m, 500m, 5.5m));
        var deposit = ValidatedDeposit(order, DepositRequest.OfPercentage(10m));
        order.Deliver("BL1", Today, [new(1, 1m), new(2, 1m)]);
        var first = Invoice.FromOrder(order, OrderInvoicingScope.DeliveredNotInvoiced);
        first.DeductDeposits([deposit]);
        first.Validate("FA2", Today, PaymentTerms.OnReceipt, order);
        var second = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);
        second.DeductDeposits([deposit]);

        Assert.Equal(SalesErrorCodes.DepositAlreadyDeducted, Refused(() => second.Validate("FA3", Today, PaymentTerms.OnReceipt, order)).Code);
    }

    [Fact]
    public void DeductDeposits_SameDepositTwiceOnOneInvoice_IsRefused()
    {
        var order = Order();
        var deposit = ValidatedDeposit(order, DepositRequest.OfPercentage(10m));
        var final = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);
        Assert.Equal(SalesErrorCodes.DepositAlreadyDeducted, Refused(() => final.DeductDeposits([deposit, deposit])).Code);
    }

    [Fact]
    public void DeductDeposits_MoreThanTheInvoiceAtARate_IsRefusedAndNothingDeducted()
    {
        var order = Order();
        var deposit = ValidatedDeposit(order, DepositRequest.OfPercentage(90m));
        order.Deliver("BL1", Today, [new(2, 1m)]);
        var partial = Invoice.FromOrder(order, OrderInvoicingScope.DeliveredNotInvoiced); // only the 5.5 % line

        Assert.Equal(SalesErrorCodes.DepositExceedsInvoice, Refused(() => partial.DeductDeposits([deposit])).Code);
        Assert.Empty(partial.Deductions);
    }

    [Fact]
    public void DeductDeposits_DraftDepositOrOtherOrdersDeposit_IsRefused()
    {
        var order = Order();
        var draftDeposit = Invoice.CreateDeposit(order, DepositRequest.OfPercentage(10m), []);
        var other = Order();
        var otherDeposit = ValidatedDeposit(other, DepositRequest.OfPercentage(10m));
        var final = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);

        Assert.Equal(SalesErrorCodes.DepositNotDeductible, Refused(() => final.DeductDeposits([draftDeposit])).Code);
        Assert.Equal(SalesErrorCodes.DepositNotDeductible, Refused(() => final.DeductDeposits([otherDeposit])).Code);
        Assert.Equal(SalesErrorCodes.DepositNotDeductible, Refused(() => Invoice.CreateDirect(Shop, Customer, [Line(1m, 1m)]).DeductDeposits([otherDeposit])).Code);
    }

    [Fact]
    public void FinalInvoice_FullyCoveredByDeposits_IsZeroAndPaidAtValidation()
    {
        var order = Order();
        var deposit = ValidatedDeposit(order, DepositRequest.OfPercentage(100m));
        var final = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);
        final.DeductDeposits([deposit]);
        final.Validate("FA2", Today, PaymentTerms.OnReceipt, order);

        Assert.Equal(0m, final.Totals.TotalInclVat);
        Assert.Equal(InvoiceStatus.Paid, final.Status);
    }

    [Fact]
    public void ReplaceLines_FinalInvoiceBelowItsDeductions_IsRefused()
    {
        var order = Order();
        var deposit = ValidatedDeposit(order, DepositRequest.OfPercentage(50m));
        var final = Invoice.FromOrder(order, OrderInvoicingScope.AllOrdered);
        final.DeductDeposits([deposit]);

        Assert.Equal(SalesErrorCodes.DepositExceedsInvoice, Refused(() => final.ReplaceLines([Line(1m, 1m)])).Code);
        Assert.Equal(2, final.Lines.Count);
    }
}
