using ModularCrm.Modules.Loyalty.Api;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The "sale at this meeting" form as posted.</summary>
internal sealed record MeetingSaleForm
{
    public string? AmountInclVat { get; init; }

    public string? Label { get; init; }

    public string? InvoiceId { get; init; }

    public MeetingSaleInput ToInput(InputErrors errors)
    {
        Guid? invoice = null;
        if (!string.IsNullOrWhiteSpace(InvoiceId))
        {
            if (Guid.TryParse(InvoiceId.Trim(), out var id))
            {
                invoice = id;
            }
            else
            {
                errors.Add("invoiceId", $"« {InvoiceId} » n'est pas un identifiant de facture du module ventes.");
            }
        }

        return new MeetingSaleInput(invoice, FormNumbers.Decimal(AmountInclVat, "amountInclVat", errors), Label);
    }
}
