using System.Globalization;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Rendering;

/// <summary>Builds the <see cref="DocumentModel"/> of each document type from its stored state and the shop's settings.</summary>
internal static class DocumentModels
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DocumentModel Invoice(StoredInvoice stored, SalesSettings settings)
    {
        var i = stored.Invoice;
        var totals = i.Totals;
        return Base(i.Kind == InvoiceKind.Deposit ? "Facture d'acompte" : "Facture", i.Number, i.IssueDate, i.Lines, totals, stored.CustomerName, stored.CustomerAddress, settings) with
        {
            DueOn = Day(i.DueDate),
            PaymentTerms = (i.PaymentTerms ?? settings.PaymentTerms).Label,
            Deductions = Rows(i.Deductions),
            AmountPaid = i.AmountPaid,
            AmountCredited = i.AmountCredited,
            AmountDue = i.IsFrozen ? i.AmountDue : totals.TotalInclVat,
        };
    }

    public static DocumentModel Quote(StoredQuote stored, SalesSettings settings)
    {
        var q = stored.Quote;
        return Base("Devis", q.Number, q.Date, q.Lines, q.Totals, stored.CustomerName, stored.CustomerAddress, settings) with { ValidUntil = Day(q.ValidUntil) };
    }

    public static DocumentModel Order(StoredOrder stored, string? quoteNumber, SalesSettings settings)
    {
        var o = stored.Order;
        return Base("Bon de commande", o.Number, o.Date, o.Lines, o.Totals, stored.CustomerName, stored.CustomerAddress, settings) with
        {
            References = quoteNumber is null ? [] : [$"Devis {quoteNumber}"],
        };
    }

    public static DocumentModel Delivery(DeliveryNote note, StoredOrder order, SalesSettings settings) =>
        Base("Bon de livraison", note.Number, note.Date, [], TotalsCalculator.Compute([]), order.CustomerName, order.CustomerAddress, settings) with
        {
            Lines = note.Lines.Select(l => new LineModel(l.OrderLineNo, l.Description, l.Quantity, null, null, null, null)).ToList(),
            References = [$"Commande {order.Order.Number}"],
        };

    public static DocumentModel CreditNote(CreditNote note, StoredInvoice invoice, SalesSettings settings) =>
        Base("Avoir", note.Number, note.Date, note.Lines, note.Totals, invoice.CustomerName, invoice.CustomerAddress, settings) with
        {
            References = [$"Avoir sur la facture {invoice.Invoice.Number} du {Day(invoice.Invoice.IssueDate)}"],
            Reason = note.Reason,
        };

    private static DocumentModel Base(string title, string? number, DateOnly? issuedOn, IReadOnlyList<DocumentLine> lines, DocumentTotals totals, string customer, string? address, SalesSettings settings)
    {
        var mentions = settings.Mentions;
        return new DocumentModel
        {
            Title = title,
            Number = number,
            IssuedOn = Day(issuedOn),
            Seller = new SellerModel(mentions is not null, mentions?.SellerLegalName, mentions?.SellerAddress, mentions?.Siret.ToString(), mentions?.VatNumber?.ToString()),
            Customer = new CustomerModel(customer, address),
            Lines = lines.Select((l, n) => new LineModel(n + 1, l.Description, l.Quantity, l.UnitPriceExclVat, l.DiscountPercent, l.VatRate.Percent, l.TotalExclVat)).ToList(),
            Vat = Rows(totals.VatSummary),
            TotalExclVat = totals.TotalExclVat,
            TotalVat = totals.TotalVat,
            TotalInclVat = totals.TotalInclVat,
            AmountDue = totals.TotalInclVat,
            Mentions = mentions?.ToPrintedLines() ?? [],
        };
    }

    private static List<VatModel> Rows(IEnumerable<VatBreakdownLine> rows) => rows.Select(v => new VatModel(v.Rate.Percent, v.BaseExclVat, v.Vat)).ToList();

    private static string? Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", French);
}
