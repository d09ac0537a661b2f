using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Domain.CreditNotes;

/// <summary>
/// A credit note (avoir) on one validated invoice, full or partial. Draft → Validated (numbered, frozen); on
/// validation it reduces the invoice's amount due. Per VAT rate it never credits more base or VAT than the invoice
/// still has (invoice minus validated credit notes): the credit note that takes a rate's whole remaining base takes
/// its whole remaining VAT, so a series of credit notes ends exactly on the invoice, to the cent.
/// </summary>
public sealed class CreditNote
{
    private CreditNote(Guid id, long shopId, long customerId, Guid invoiceId, CreditNoteStatus status, string? number, DateOnly? date, string? reason, IReadOnlyList<DocumentLine> lines, IReadOnlyList<VatBreakdownLine> vatSummary)
    {
        Id = id;
        ShopId = shopId;
        CustomerId = customerId;
        InvoiceId = invoiceId;
        Status = status;
        Number = number;
        Date = date;
        Reason = reason;
        Lines = lines;
        VatSummary = vatSummary;
    }

    /// <summary>The credit note's id.</summary>
    public Guid Id { get; }

    /// <summary>The shop.</summary>
    public long ShopId { get; }

    /// <summary>The customer (the invoice's).</summary>
    public long CustomerId { get; }

    /// <summary>The invoice credited.</summary>
    public Guid InvoiceId { get; }

    /// <summary>Current status.</summary>
    public CreditNoteStatus Status { get; private set; }

    /// <summary>Number given at validation; null for a draft.</summary>
    public string? Number { get; private set; }

    /// <summary>Date of validation; null for a draft.</summary>
    public DateOnly? Date { get; private set; }

    /// <summary>Why the credit is given (retour, geste commercial, erreur...), optional.</summary>
    public string? Reason { get; }

    /// <summary>The lines (positive amounts: the document itself says it is a credit).</summary>
    public IReadOnlyList<DocumentLine> Lines { get; private set; }

    /// <summary>Base and VAT per rate, checked against the invoice.</summary>
    public IReadOnlyList<VatBreakdownLine> VatSummary { get; private set; }

    /// <summary>Totals (they add up like any document's).</summary>
    public DocumentTotals Totals => TotalsCalculator.FromSummary(Lines, VatSummary);

    /// <summary>A draft partial credit note with the given lines; refused if it exceeds what remains creditable.</summary>
    public static CreditNote ForInvoice(Invoice invoice, IEnumerable<DocumentLine> lines, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        invoice.RequireValidated("établir un avoir");
        var copy = DraftLines.Copy(lines);
        return new(Guid.NewGuid(), invoice.ShopId, invoice.CustomerId, invoice.Id, CreditNoteStatus.Draft, null, null, Clean(reason), copy, Summarise(invoice, copy));
    }

    /// <summary>A draft credit note of everything that remains creditable on the invoice, one line per VAT rate.</summary>
    public static CreditNote FullForInvoice(Invoice invoice, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        invoice.RequireValidated("établir un avoir");
        var remaining = invoice.RemainingCreditable.Where(r => r.BaseExclVat > 0m).ToList();
        if (remaining.Count == 0)
        {
            throw SalesDomainException.Of(SalesErrorCodes.CreditExceedsCreditable, null, $"La facture {invoice.Number} est déjà entièrement créditée par des avoirs.");
        }

        var lines = remaining.Select((r, i) => DocumentLine.FreeText($"Avoir sur la facture {invoice.Number} (TVA {r.Rate})", 1m, r.BaseExclVat, r.Rate, lineNo: i + 1)).ToList();
        return ForInvoice(invoice, lines, reason);
    }

    /// <summary>Rebuilds a stored credit note (persistence only).</summary>
    public static CreditNote Restore(Guid id, long shopId, long customerId, Guid invoiceId, CreditNoteStatus status, string? number, DateOnly? date, string? reason, IEnumerable<DocumentLine> lines, IEnumerable<VatBreakdownLine> vatSummary)
        => new(id, shopId, customerId, invoiceId, status, number, date, reason, DraftLines.Copy(lines), vatSummary.ToList().AsReadOnly());

    /// <summary>Replaces the lines of a draft, checked again against the invoice.</summary>
    public void ReplaceLines(Invoice invoice, IEnumerable<DocumentLine> lines)
    {
        RequireDraft("modifier ses lignes");
        RequireInvoice(invoice);
        var copy = DraftLines.Copy(lines);
        var summary = Summarise(invoice, copy);
        Lines = copy;
        VatSummary = summary;
    }

    /// <summary>
    /// Validates the draft: checks it again against what the invoice has left (another credit note may have been
    /// validated since the draft), numbers it and deducts it from the invoice.
    /// </summary>
    public void Validate(string number, DateOnly date, Invoice invoice)
    {
        RequireDraft("le valider");
        RequireInvoice(invoice);
        DraftLines.RequireSome(Lines, SalesErrorCodes.CreditNoLines, "L'avoir");
        DraftLines.RequireNumber(number);
        var summary = Summarise(invoice, Lines);
        invoice.ApplyCredit(new AppliedCreditNote(Id, summary));
        VatSummary = summary;
        Number = number.Trim();
        Date = date;
        Status = CreditNoteStatus.Validated;
    }

    /// <summary>Throws unless the credit note is a draft (call before deleting it).</summary>
    public void EnsureCanDelete() => RequireDraft("le supprimer");

    private static IReadOnlyList<VatBreakdownLine> Summarise(Invoice invoice, IReadOnlyList<DocumentLine> lines)
    {
        var remaining = invoice.RemainingCreditable.ToDictionary(r => r.Rate);
        var summary = new List<VatBreakdownLine>();
        foreach (var group in lines.GroupBy(l => l.VatRate).OrderByDescending(g => g.Key.Percent))
        {
            var rate = group.Key;
            var lineBase = group.Sum(l => l.TotalExclVat);
            var left = remaining.GetValueOrDefault(rate) ?? new VatBreakdownLine(rate, 0m, 0m);
            if (lineBase > left.BaseExclVat)
            {
                throw SalesDomainException.Of(
                    SalesErrorCodes.CreditExceedsCreditable,
                    "lines",
                    $"L'avoir crédite {Fr.Eur(lineBase)} HT à {rate}, mais il ne reste que {Fr.Eur(left.BaseExclVat)} HT créditable à ce taux sur la facture {invoice.Number}.");
            }

            summary.Add(new VatBreakdownLine(rate, lineBase, TotalsCalculator.PartVat(rate, lineBase, left.BaseExclVat, left.Vat)));
        }

        return summary.AsReadOnly();
    }

    private static string? Clean(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    private void RequireInvoice(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.Id != InvoiceId)
        {
            throw SalesDomainException.Of(SalesErrorCodes.CreditInvoiceMismatch, "invoiceId", $"Cet avoir porte sur une autre facture que {invoice.Number}.");
        }
    }

    private void RequireDraft(string action)
    {
        if (Status != CreditNoteStatus.Draft)
        {
            throw SalesDomainException.Of(SalesErrorCodes.CreditNoteFrozen, "status", $"L'avoir {Number} est validé : impossible de {action}.");
        }
    }
}
