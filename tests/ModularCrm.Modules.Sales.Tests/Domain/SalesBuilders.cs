using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Orders;

namespace ModularCrm.Modules.Sales.Tests.Domain;

/// <summary>Short ways to build real domain objects for tests.</summary>
internal static class SalesBuilders
{
    public const long Shop = 1;
    public const long Customer = 42;
    public static readonly DateOnly Today = new(2026, 3, 10);

    public static DocumentLine Line(decimal quantity, decimal unitPrice, decimal vatPercent = 20m, decimal discount = 0m, string description = "Article")
        => DocumentLine.FreeText(description, quantity, unitPrice, VatRate.FromPercent(vatPercent), discount);

    public static SalesOrder ValidatedOrder(params DocumentLine[] lines)
    {
        var order = SalesOrder.Create(Shop, Customer, lines);
        order.Validate("CO2026-0001", Today);
        return order;
    }

    public static Invoice ValidatedInvoice(params DocumentLine[] lines)
    {
        var invoice = Invoice.CreateDirect(Shop, Customer, lines);
        invoice.Validate("FA2026-00001", Today, PaymentTerms.NetDays(30));
        return invoice;
    }

    public static SalesDomainException Refused(Action action) => Assert.Throws<SalesDomainException>(action);
}
