using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Invoices;

namespace ModularCrm.Modules.Sales.Tests.Domain.Invoices;

public sealed class PaymentTermsTests
{
    [Theory]
    [InlineData("2026-01-31", 30, "2026-03-02")]
    [InlineData("2026-12-15", 30, "2027-01-14")]
    public void DueDate_NetDays_AddsDays(string date, int days, string expected)
        => Assert.Equal(DateOnly.Parse(expected), PaymentTerms.NetDays(days).DueDate(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-01-20", 45, "2026-03-31")]
    [InlineData("2026-01-01", 45, "2026-02-28")]
    [InlineData("2028-01-15", 45, "2028-02-29")]
    [InlineData("2026-12-31", 30, "2027-01-31")]
    public void DueDate_DaysEndOfMonth_AddsDaysThenGoesToMonthEnd(string date, int days, string expected)
        => Assert.Equal(DateOnly.Parse(expected), PaymentTerms.DaysEndOfMonth(days).DueDate(DateOnly.Parse(date)));

    [Fact]
    public void DueDate_OnReceipt_IsTheInvoiceDate()
        => Assert.Equal(new DateOnly(2026, 5, 4), PaymentTerms.OnReceipt.DueDate(new DateOnly(2026, 5, 4)));

    [Theory]
    [InlineData(PaymentTermsKind.NetDays, 61)]
    [InlineData(PaymentTermsKind.NetDays, 0)]
    [InlineData(PaymentTermsKind.DaysEndOfMonth, 46)]
    public void Create_BeyondLegalLimitOrZero_IsRefusedCitingTheLaw(PaymentTermsKind kind, int days)
    {
        var error = Assert.Throws<SalesDomainException>(() => PaymentTerms.Create(kind, days));
        Assert.Equal(SalesErrorCodes.PaymentTermsInvalid, error.Code);
        Assert.Contains("L441-10", error.Message);
    }

    [Fact]
    public void Resolve_CustomerTermsSet_WinOverShopTerms()
    {
        Assert.Equal(PaymentTerms.NetDays(45), PaymentTerms.Resolve(PaymentTerms.NetDays(45), PaymentTerms.OnReceipt));
        Assert.Equal(PaymentTerms.OnReceipt, PaymentTerms.Resolve(null, PaymentTerms.OnReceipt));
    }

    [Fact]
    public void Label_EachKind_IsFrench()
    {
        Assert.Equal("Paiement à réception de facture", PaymentTerms.OnReceipt.Label);
        Assert.Equal("Paiement à 30 jours net", PaymentTerms.NetDays(30).Label);
        Assert.Equal("Paiement à 45 jours fin de mois", PaymentTerms.DaysEndOfMonth(45).Label);
    }
}
