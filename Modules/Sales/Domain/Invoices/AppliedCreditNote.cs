using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Domain.Invoices;

/// <summary>A validated credit note as recorded on the invoice it credits: its id and VAT summary.</summary>
/// <param name="CreditNoteId">The credit note.</param>
/// <param name="VatSummary">Its base and VAT per rate.</param>
public sealed record AppliedCreditNote(Guid CreditNoteId, IReadOnlyList<VatBreakdownLine> VatSummary)
{
    /// <summary>Total credited, VAT included.</summary>
    public decimal TotalInclVat => VatSummary.Sum(l => l.TotalInclVat);
}
