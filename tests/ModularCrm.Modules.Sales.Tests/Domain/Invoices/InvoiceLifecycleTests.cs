using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Payments;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Invoices;

public sealed class InvoiceLifecycleTests
{
    [Fact]
    public void CreateDirect_Draft_IsEditableAndDeletable()
    {
        var invoice = Invoice.CreateDirect(Shop, Customer, [Line(1m, 10m)]);
        invoice.ReplaceLines([Line(2m, 10m)]);
        invoice.EnsureCanDelete();
        Assert.Equal(InvoiceStatus.Draft, invoice.Status);
        Assert.False(invoice.IsFrozen);
        Assert.Equal(24m, invoice.Totals.TotalInclVat);
    }

    [Fact]
    public void Validate_Draft_NumbersFreezesAndSetsDueDateFromTerms()
    {
        var invoice = Invoice.CreateDirect(Shop, Customer, [Line(1m, 100m)]);

        invoice.Validate("FA2026-00001", new DateOnly(2026, 1, 20), PaymentTerms.DaysEndOfMonth(45));

        Assert.Equal(InvoiceStatus.Unpaid, invoice.Status);
        Assert.True(invoice.IsFrozen);
        Assert.Equal("FA2026-00001", invoice.Number);
        Assert.Equal(new DateOnly(2026, 3, 31), invoice.DueDate); // 20/01 + 45 days = 06/03 → end of March
        Assert.Equal(120m, invoice.AmountDue);
    }

    [Fact]
    public void Validate_NoLines_IsRefused()
        => Assert.Equal(SalesErrorCodes.InvoiceNoLines, Refused(() => Invoice.CreateDirect(Shop, Customer, []).Validate("FA1", Today, PaymentTerms.OnReceipt)).Code);

    [Fact]
    public void ReplaceLines_ValidatedInvoice_IsRefusedAsFrozenWithLegalReason()
    {
        var invoice = ValidatedInvoice(Line(1m, 100m));

        var error = Refused(() => invoice.ReplaceLines([Line(1m, 1m)]));

        Assert.Equal(SalesErrorCodes.InvoiceFrozen, error.Code);
        Assert.Contains("FA2026-00001 est validée", error.Message);
        Assert.Contains("émettez un avoir", error.Message);
        Assert.Equal(100m, invoice.Lines.Single().UnitPriceExclVat);
    }

    [Fact]
    public void EnsureCanDelete_ValidatedInvoice_IsRefusedAsFrozen()
        => Assert.Equal(SalesErrorCodes.InvoiceFrozen, Refused(ValidatedInvoice(Line(1m, 1m)).EnsureCanDelete).Code);

    [Fact]
    public void Validate_Twice_IsRefusedAndKeepsFirstNumber()
    {
        var invoice = ValidatedInvoice(Line(1m, 1m));
        Assert.Equal(SalesErrorCodes.InvoiceFrozen, Refused(() => invoice.Validate("FA2", Today, PaymentTerms.OnReceipt)).Code);
        Assert.Equal("FA2026-00001", invoice.Number);
    }

    [Fact]
    public void DeductDeposits_ValidatedInvoice_IsRefusedAsFrozen()
        => Assert.Equal(SalesErrorCodes.InvoiceFrozen, Refused(() => ValidatedInvoice(Line(1m, 1m)).DeductDeposits([])).Code);

    [Fact]
    public void RegisterPayment_Partial_ThenRest_GoesPartiallyPaidThenPaid()
    {
        var invoice = ValidatedInvoice(Line(1m, 100m));

        invoice.RegisterPayment(Payment.Create(Today, 20m, PaymentMethod.Cash));
        Assert.Equal(InvoiceStatus.PartiallyPaid, invoice.Status);
        invoice.RegisterPayment(Payment.Create(Today, 50m, PaymentMethod.Cheque, "CHQ 123"));
        invoice.RegisterPayment(Payment.Create(Today, 50m, PaymentMethod.Transfer));

        Assert.Equal(InvoiceStatus.Paid, invoice.Status);
        Assert.Equal(120m, invoice.AmountPaid);
        Assert.Equal(0m, invoice.AmountDue);
        Assert.Equal(3, invoice.Payments.Count);
    }

    [Fact]
    public void RegisterPayment_MoreThanDue_IsRefusedWithAmounts_AndNothingRecorded()
    {
        var invoice = ValidatedInvoice(Line(1m, 100m));
        invoice.RegisterPayment(Payment.Create(Today, 100m, PaymentMethod.Card));

        var error = Refused(() => invoice.RegisterPayment(Payment.Create(Today, 20.01m, PaymentMethod.Card)));

        Assert.Equal(SalesErrorCodes.PaymentExceedsDue, error.Code);
        Assert.Contains("20,01 €", error.Message);
        Assert.Contains("reste dû de 20,00 €", error.Message);
        Assert.Single(invoice.Payments);
        Assert.Equal(InvoiceStatus.PartiallyPaid, invoice.Status);
    }

    [Fact]
    public void RegisterPayment_SamePaymentTwice_IsRefused()
    {
        var invoice = ValidatedInvoice(Line(1m, 100m));
        var payment = Payment.Create(Today, 10m, PaymentMethod.Card);
        invoice.RegisterPayment(payment);
        Assert.Equal(SalesErrorCodes.PaymentDuplicate, Refused(() => invoice.RegisterPayment(payment)).Code);
    }

    [Fact]
    public void RegisterPayment_DatedBeforeTheInvoice_IsRefused()
    {
        var invoice = ValidatedInvoice(Line(1m, 100m));
        var error = Refused(() => invoice.RegisterPayment(Payment.Create(Today.AddDays(-1), 10m, PaymentMethod.Card)));
        Assert.Equal(SalesErrorCodes.PaymentBeforeInvoice, error.Code);
        Assert.Equal("date", error.Error.Field);
        Assert.Empty(invoice.Payments);
    }

    [Fact]
    public void RegisterPayment_Draft_IsRefused()
        => Assert.Equal(SalesErrorCodes.InvoiceNotValidated, Refused(() => Invoice.CreateDirect(Shop, Customer, [Line(1m, 1m)]).RegisterPayment(Payment.Create(Today, 1m, PaymentMethod.Cash))).Code);

    [Fact]
    public void IsOverdue_AfterDueDateWithAmountDue_IsTrue_UntilPaid()
    {
        var invoice = ValidatedInvoice(Line(1m, 100m)); // due Today + 30
        var due = Today.AddDays(30);
        Assert.False(invoice.IsOverdue(due));
        Assert.True(invoice.IsOverdue(due.AddDays(1)));
        Assert.Equal(5, invoice.DaysOverdue(due.AddDays(5)));

        invoice.RegisterPayment(Payment.Create(due, 120m, PaymentMethod.Transfer));

        Assert.False(invoice.IsOverdue(due.AddDays(1)));
        Assert.Equal(0, invoice.DaysOverdue(due.AddDays(5)));
    }

    [Fact]
    public void IsOverdue_Draft_IsFalse()
        => Assert.False(Invoice.CreateDirect(Shop, Customer, [Line(1m, 1m)]).IsOverdue(Today.AddYears(1)));

    [Fact]
    public void Restore_FromData_RoundTripsEverything()
    {
        var invoice = ValidatedInvoice(Line(1m, 100m));
        invoice.RegisterPayment(Payment.Create(Today, 20m, PaymentMethod.Cash));

        var copy = Invoice.Restore(invoice.ToData());

        Assert.Equal(invoice.ToData() with { Lines = [], Payments = [], DeliveryNoteIds = [], DepositSummary = [], Deductions = [], DeductedDepositInvoiceIds = [], CreditNotes = [], PreviousDepositInvoiceIds = [] },
            copy.ToData() with { Lines = [], Payments = [], DeliveryNoteIds = [], DepositSummary = [], Deductions = [], DeductedDepositInvoiceIds = [], CreditNotes = [], PreviousDepositInvoiceIds = [] });
        Assert.Equal(invoice.Lines, copy.Lines);
        Assert.Equal(invoice.Payments, copy.Payments);
        Assert.Equal(100m, copy.AmountDue);
        Assert.Equal(SalesErrorCodes.InvoiceFrozen, Refused(copy.EnsureCanDelete).Code);
    }
}
