using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Modules.Sales.Domain.Quotes;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Quotes;

public sealed class QuoteTests
{
    private static Quote ValidatedQuote()
    {
        var quote = Quote.Create(Shop, Customer, [Line(2m, 50m), Line(1m, 10m, 5.5m)]);
        quote.Validate(" DE2026-0001 ", Today, Today.AddDays(30));
        return quote;
    }

    [Fact]
    public void Validate_Draft_NumbersAndDatesIt()
    {
        var quote = ValidatedQuote();
        Assert.Equal(QuoteStatus.Validated, quote.Status);
        Assert.Equal("DE2026-0001", quote.Number);
        Assert.Equal(Today.AddDays(30), quote.ValidUntil);
        Assert.Equal(120m + 10.55m, quote.Totals.TotalInclVat);
    }

    [Fact]
    public void Validate_NoLines_IsRefused()
        => Assert.Equal(SalesErrorCodes.QuoteNoLines, Refused(() => Quote.Create(Shop, Customer, []).Validate("DE1", Today, Today)).Code);

    [Fact]
    public void Validate_ValidityBeforeDate_IsRefusedAndDraftUnchanged()
    {
        var quote = Quote.Create(Shop, Customer, [Line(1m, 1m)]);
        Assert.Equal(SalesErrorCodes.QuoteValidityInvalid, Refused(() => quote.Validate("DE1", Today, Today.AddDays(-1))).Code);
        Assert.Equal(QuoteStatus.Draft, quote.Status);
        Assert.Null(quote.Number);
    }

    [Fact]
    public void Validate_BlankNumber_IsRefused()
        => Assert.Equal(SalesErrorCodes.NumberRequired, Refused(() => Quote.Create(Shop, Customer, [Line(1m, 1m)]).Validate(" ", Today, Today)).Code);

    [Fact]
    public void ReplaceLines_ValidatedQuote_IsRefusedAndLinesKept()
    {
        var quote = ValidatedQuote();
        var error = Refused(() => quote.ReplaceLines([Line(1m, 1m)]));
        Assert.Equal(SalesErrorCodes.QuoteInvalidTransition, error.Code);
        Assert.Contains("validé", error.Message);
        Assert.Equal(2, quote.Lines.Count);
    }

    [Fact]
    public void Accept_OnLastValidDay_IsAccepted()
    {
        var quote = ValidatedQuote();
        quote.Accept(Today.AddDays(30));
        Assert.Equal(QuoteStatus.Accepted, quote.Status);
    }

    [Fact]
    public void Accept_AfterValidity_IsRefusedAsExpiredAndStaysValidated()
    {
        var quote = ValidatedQuote();
        var error = Refused(() => quote.Accept(Today.AddDays(31)));
        Assert.Equal(SalesErrorCodes.QuoteExpired, error.Code);
        Assert.Contains("09/04/2026", error.Message);
        Assert.Equal(QuoteStatus.Validated, quote.Status);
    }

    [Fact]
    public void Expire_AfterValidity_MarksExpired_ThenAcceptIsRefused()
    {
        var quote = ValidatedQuote();
        Assert.True(quote.IsPastValidity(Today.AddDays(31)));
        quote.Expire(Today.AddDays(31));
        Assert.Equal(QuoteStatus.Expired, quote.Status);
        Assert.Equal(SalesErrorCodes.QuoteInvalidTransition, Refused(() => quote.Accept(Today)).Code);
    }

    [Fact]
    public void Expire_BeforeValidityEnds_IsRefused()
        => Assert.Equal(SalesErrorCodes.QuoteNotExpired, Refused(() => ValidatedQuote().Expire(Today.AddDays(30))).Code);

    [Fact]
    public void Refuse_ValidatedQuote_IsRefusedStatus_AndCannotBecomeOrder()
    {
        var quote = ValidatedQuote();
        quote.Refuse();
        Assert.Equal(QuoteStatus.Refused, quote.Status);
        Assert.Equal(SalesErrorCodes.QuoteInvalidTransition, Refused(() => SalesOrder.FromQuote(quote)).Code);
    }

    [Fact]
    public void Refuse_Draft_IsRefused()
        => Assert.Equal(SalesErrorCodes.QuoteInvalidTransition, Refused(() => Quote.Create(Shop, Customer, [Line(1m, 1m)]).Refuse()).Code);

    [Fact]
    public void FromQuote_AcceptedQuote_CopiesLinesAndLinksBothWays()
    {
        var quote = ValidatedQuote();
        quote.Accept(Today);

        var order = SalesOrder.FromQuote(quote);

        Assert.Equal(OrderStatus.Draft, order.Status);
        Assert.Equal(quote.Lines, order.Lines);
        Assert.Equal(quote.Id, order.QuoteId);
        Assert.Equal(order.Id, quote.OrderId);
        Assert.Equal(quote.CustomerId, order.CustomerId);
    }

    [Fact]
    public void FromQuote_AlreadyConverted_IsRefused()
    {
        var quote = ValidatedQuote();
        quote.Accept(Today);
        var first = SalesOrder.FromQuote(quote);

        Assert.Equal(SalesErrorCodes.QuoteAlreadyConverted, Refused(() => SalesOrder.FromQuote(quote)).Code);
        Assert.Equal(first.Id, quote.OrderId);
    }

    [Fact]
    public void Restore_StoredQuote_KeepsEveryField()
    {
        var quote = ValidatedQuote();
        var copy = Quote.Restore(quote.Id, quote.ShopId, quote.CustomerId, quote.Status, quote.Number, quote.Date, quote.ValidUntil, quote.Lines, quote.OrderId);
        Assert.Equal((quote.Id, quote.Status, quote.Number, quote.ValidUntil), (copy.Id, copy.Status, copy.Number, copy.ValidUntil));
        Assert.Equal(quote.Totals.TotalInclVat, copy.Totals.TotalInclVat);
    }
}
