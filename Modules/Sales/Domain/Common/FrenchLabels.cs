using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Modules.Sales.Domain.Quotes;

namespace ModularCrm.Modules.Sales.Domain.Common;

/// <summary>French names of statuses, for messages.</summary>
internal static class FrenchLabels
{
    public static string Of(QuoteStatus status) => status switch
    {
        QuoteStatus.Draft => "brouillon",
        QuoteStatus.Validated => "validé",
        QuoteStatus.Accepted => "accepté",
        QuoteStatus.Refused => "refusé",
        _ => "expiré",
    };

    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Draft => "brouillon",
        OrderStatus.Validated => "validée",
        OrderStatus.PartiallyDelivered => "partiellement livrée",
        OrderStatus.Delivered => "livrée",
        OrderStatus.Invoiced => "facturée",
        _ => "annulée",
    };

    public static string Of(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Draft => "brouillon",
        InvoiceStatus.Unpaid => "impayée",
        InvoiceStatus.PartiallyPaid => "partiellement payée",
        _ => "payée",
    };

    public static string Of(CreditNoteStatus status) => status == CreditNoteStatus.Draft ? "brouillon" : "validé";
}
