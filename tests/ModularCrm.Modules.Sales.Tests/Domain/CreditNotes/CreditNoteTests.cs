using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Payments;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.CreditNotes;

public sealed class CreditNoteTests
{
    private static Invoice TwoRateInvoice() => ValidatedInvoice(Line(1m, 100m), Line(2m, 50m, 5.5m));

    [Fact]
    public void FullForInvoice_UncreditedInvoice_CreditsExactlyTheInvoice_AndClearsTheDue()
    {
        var invoice = TwoRateInvoice();

        var credit = CreditNote.FullForInvoice(invoice, " Annulation ");
        credit.Validate("AV2026-00001", Today, invoice);

        Assert.Equal(CreditNoteStatus.Validated, credit.Status);
        Assert.Equal("Annulation", credit.Reason);
        Assert.Equal(invoice.Totals.VatSummary, credit.VatSummary);
        Assert.Equal(invoice.Totals.TotalInclVat, credit.Totals.TotalInclVat);
        Assert.Equal(0m, invoice.AmountDue);
        Assert.Equal(InvoiceStatus.Paid, invoice.Status);
        Assert.Equal(credit.Id, Assert.Single(invoice.CreditNotes).CreditNoteId);
    }

    [Fact]
    public void ForInvoice_Partial_ReducesTheDueByItsTotalInclVat()
    {
        var invoice = TwoRateInvoice(); // 120 + 105.50 = 225.50
        var credit = CreditNote.ForInvoice(invoice, [Line(1m, 50m, 5.5m)], "Retour d'un article");
        credit.Validate("AV1", Today, invoice);

        Assert.Equal(52.75m, credit.Totals.TotalInclVat);
        Assert.Equal(225.50m - 52.75m, invoice.AmountDue);
        Assert.Equal(InvoiceStatus.Unpaid, invoice.Status);
    }

    [Fact]
    public void ForInvoice_MoreThanCreditableAtARate_IsRefusedWithAmounts()
    {
        var invoice = TwoRateInvoice();
        var error = Refused(() => CreditNote.ForInvoice(invoice, [Line(1m, 100.01m, 5.5m), Line(1m, 1m)]));

        Assert.Equal(SalesErrorCodes.CreditExceedsCreditable, error.Code);
        Assert.Contains("100,01 € HT à 5,5 %", error.Message);
        Assert.Contains("100,00 € HT", error.Message);
    }

    [Fact]
    public void ForInvoice_RateAbsentFromInvoice_IsRefused()
        => Assert.Equal(SalesErrorCodes.CreditExceedsCreditable, Refused(() => CreditNote.ForInvoice(TwoRateInvoice(), [Line(1m, 1m, 10m)])).Code);

    [Fact]
    public void Validate_TwoDraftsTogetherExceedingTheInvoice_SecondIsRefusedAndInvoiceUnchanged()
    {
        var invoice = TwoRateInvoice();
        var first = CreditNote.ForInvoice(invoice, [Line(1m, 80m)]);
        var second = CreditNote.ForInvoice(invoice, [Line(1m, 80m)]);
        first.Validate("AV1", Today, invoice);

        Assert.Equal(SalesErrorCodes.CreditExceedsCreditable, Refused(() => second.Validate("AV2", Today, invoice)).Code);
        Assert.Equal(CreditNoteStatus.Draft, second.Status);
        Assert.Single(invoice.CreditNotes);
    }

    [Fact]
    public void FullForInvoice_AfterPartial_CreditsOnlyWhatRemains_ThenNothingMore()
    {
        var invoice = TwoRateInvoice();
        CreditNote.ForInvoice(invoice, [Line(1m, 30m)]).Validate("AV1", Today, invoice);

        var rest = CreditNote.FullForInvoice(invoice);
        rest.Validate("AV2", Today, invoice);

        Assert.Equal(invoice.Totals.TotalInclVat, invoice.AmountCredited);
        Assert.Equal(SalesErrorCodes.CreditExceedsCreditable, Refused(() => CreditNote.FullForInvoice(invoice)).Code);
    }

    [Fact]
    public void Validate_PartialCreditsOfRoundedUpVat_LastOneTakesOnlyTheVatLeft()
    {
        // 0.06 at 20 %: VAT 0.01. Two credits of 0.03 would each round to 0.01: the second gets 0.00.
        var invoice = ValidatedInvoice(Line(1m, 0.06m));
        var first = CreditNote.ForInvoice(invoice, [Line(1m, 0.03m)]);
        first.Validate("AV1", Today, invoice);
        var second = CreditNote.ForInvoice(invoice, [Line(1m, 0.03m)]);
        second.Validate("AV2", Today, invoice);

        Assert.Equal((0.01m, 0m), (first.Totals.TotalVat, second.Totals.TotalVat));
        Assert.Equal(invoice.Totals.TotalInclVat, invoice.AmountCredited);
        Assert.Equal(second.Totals.TotalExclVat + second.Totals.TotalVat, second.Totals.TotalInclVat);
    }

    [Fact]
    public void Validate_CreditAfterFullPayment_LeavesAnAmountToRefund()
    {
        var invoice = TwoRateInvoice();
        invoice.RegisterPayment(Payment.Create(Today, invoice.AmountDue, PaymentMethod.Card));
        CreditNote.ForInvoice(invoice, [Line(1m, 10m)]).Validate("AV1", Today, invoice);

        Assert.Equal(12m, invoice.AmountToRefund);
        Assert.Equal(0m, invoice.AmountDue);
    }

    [Fact]
    public void ForInvoice_DraftInvoice_IsRefused()
        => Assert.Equal(SalesErrorCodes.InvoiceNotValidated, Refused(() => CreditNote.ForInvoice(Invoice.CreateDirect(Shop, Customer, [Line(1m, 1m)]), [Line(1m, 1m)])).Code);

    [Fact]
    public void ValidatedCreditNote_EditDeleteOrRevalidate_IsRefused()
    {
        var invoice = TwoRateInvoice();
        var credit = CreditNote.ForInvoice(invoice, [Line(1m, 1m)]);
        credit.Validate("AV1", Today, invoice);

        Assert.Equal(SalesErrorCodes.CreditNoteFrozen, Refused(() => credit.ReplaceLines(invoice, [Line(1m, 2m)])).Code);
        Assert.Equal(SalesErrorCodes.CreditNoteFrozen, Refused(credit.EnsureCanDelete).Code);
        Assert.Equal(SalesErrorCodes.CreditNoteFrozen, Refused(() => credit.Validate("AV2", Today, invoice)).Code);
        Assert.Single(invoice.CreditNotes);
    }

    [Fact]
    public void ReplaceLines_Draft_IsCheckedAgainstTheInvoice()
    {
        var invoice = TwoRateInvoice();
        var credit = CreditNote.ForInvoice(invoice, [Line(1m, 1m)]);
        credit.ReplaceLines(invoice, [Line(1m, 2m)]);
        Assert.Equal(2.4m, credit.Totals.TotalInclVat);
        Assert.Equal(SalesErrorCodes.CreditExceedsCreditable, Refused(() => credit.ReplaceLines(invoice, [Line(1m, 101m)])).Code);
        Assert.Equal(2m, credit.Totals.TotalExclVat);
    }

    [Fact]
    public void Validate_WithAnotherInvoice_IsRefused()
    {
        var credit = CreditNote.ForInvoice(TwoRateInvoice(), [Line(1m, 1m)]);
        Assert.Equal(SalesErrorCodes.CreditInvoiceMismatch, Refused(() => credit.Validate("AV1", Today, TwoRateInvoice())).Code);
    }

    [Fact]
    public void Validate_NoLines_IsRefused()
    {
        var invoice = TwoRateInvoice();
        Assert.Equal(SalesErrorCodes.CreditNoLines, Refused(() => CreditNote.ForInvoice(invoice, []).Validate("AV1", Today, invoice)).Code);
    }

    [Fact]
    public void FullForInvoice_FinalInvoiceWithDeductions_CreditsItsNetAmount()
    {
        var order = ValidatedOrder(Line(1m, 1000m));
        var deposit = Invoice.CreateDeposit(order, DepositRequest.OfPercentage(40m), []);
        deposit.Validate("FA1", Today, PaymentTerms.OnReceipt, order);
        var final = Invoice.FromOrder(order, Sales.Domain.Orders.OrderInvoicingScope.AllOrdered);
        final.DeductDeposits([deposit]);
        final.Validate("FA2", Today, PaymentTerms.OnReceipt, order);

        var credit = CreditNote.FullForInvoice(final);

        Assert.Equal(720m, credit.Totals.TotalInclVat);
    }
}
