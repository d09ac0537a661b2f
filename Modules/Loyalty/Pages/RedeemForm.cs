using ModularCrm.Modules.Loyalty.Api;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The redeem form as posted: the code, and the document it is used on.</summary>
internal sealed record RedeemForm
{
    public string? Code { get; init; }

    public string? Document { get; init; }

    public string? DocumentTotalInclVat { get; init; }

    public string? VatRate { get; init; }

    public RedeemInput ToInput(InputErrors errors) =>
        new(Document, FormNumbers.Decimal(DocumentTotalInclVat, "documentTotalInclVat", errors), FormNumbers.Decimal(VatRate, "vatRate", errors));
}
