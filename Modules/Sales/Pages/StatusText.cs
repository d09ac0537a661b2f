using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Modules.Sales.Domain.Quotes;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>Statuses in the reader's language: the domain's French labels, or the English status name in words.</summary>
internal static class StatusText
{
    public static string Quote(SalesView v, string status) => v.English ? Words(status) : FrenchLabels.Of(Enum.Parse<QuoteStatus>(status));

    public static string Order(SalesView v, string status) => v.English ? Words(status) : FrenchLabels.Of(Enum.Parse<OrderStatus>(status));

    public static string Invoice(SalesView v, string status) => v.English ? Words(status) : FrenchLabels.Of(Enum.Parse<InvoiceStatus>(status));

    public static string CreditNote(SalesView v, string status) => v.English ? Words(status) : FrenchLabels.Of(Enum.Parse<CreditNoteStatus>(status));

    /// <summary><c>PartiallyDelivered</c> → <c>partially delivered</c>.</summary>
    private static string Words(string status) =>
        string.Concat(status.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
