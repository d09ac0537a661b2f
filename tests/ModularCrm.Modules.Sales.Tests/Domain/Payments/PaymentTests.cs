using FsCheck.Xunit;
using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Payments;
using ModularCrm.Modules.Sales.Tests.Domain.Money;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Payments;

public sealed class PaymentTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(1.001)]
    public void PaymentCreate_NotPositiveCents_IsRefused(decimal amount)
        => Assert.Equal(SalesErrorCodes.PaymentAmountInvalid, Refused(() => Payment.Create(Today, amount, PaymentMethod.Cash)).Code);

    [Fact]
    public void PaymentCreate_UnknownMethod_IsRefused()
        => Assert.Equal(SalesErrorCodes.PaymentMethodInvalid, Refused(() => Payment.Create(Today, 1m, (PaymentMethod)9)).Code);

    [Property(Arbitrary = [typeof(SalesArbitraries)], MaxTest = 300)]
    public void RegisterPayment_AnySeriesOfAmounts_PaidNeverExceedsTotalAndRefusalsChangeNothing(LineSet set, uint[] cents)
    {
        var invoice = ValidatedInvoice([.. set.Lines]);
        foreach (var amount in cents.Where(c => c > 0).Select(c => (c % 10_000_000u) / 100m).Where(a => a > 0m))
        {
            var dueBefore = invoice.AmountDue;
            if (amount > dueBefore)
            {
                Assert.Equal(SalesErrorCodes.PaymentExceedsDue, Refused(() => invoice.RegisterPayment(Payment.Create(Today, amount, PaymentMethod.Transfer))).Code);
                Assert.Equal(dueBefore, invoice.AmountDue);
            }
            else
            {
                invoice.RegisterPayment(Payment.Create(Today, amount, PaymentMethod.Transfer));
                Assert.Equal(dueBefore - amount, invoice.AmountDue);
            }

            Assert.Equal(invoice.Totals.TotalInclVat, invoice.AmountPaid + invoice.AmountDue);
        }
    }
}
