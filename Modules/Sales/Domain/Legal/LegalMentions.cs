using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Domain.Legal;

/// <summary>
/// The legal mentions a French invoice must carry (CGI art. 242 nonies A, Code de commerce art. L441-9): seller
/// identity and SIRET, VAT number (unless VAT exempt), payment terms, late-payment penalty rate, and for business
/// customers the fixed 40 € recovery indemnity (art. D441-5). Built by <see cref="Create"/>, which reports every
/// problem at once.
/// </summary>
public sealed record LegalMentions
{
    /// <summary>The fixed recovery indemnity owed by business customers paying late (Code de commerce, art. D441-5).</summary>
    public const decimal RecoveryIndemnity = 40m;

    /// <summary>The usual wording of the small-business VAT exemption.</summary>
    public const string FranchiseEnBaseMention = "TVA non applicable, art. 293 B du CGI";

    private LegalMentions(string sellerLegalName, string sellerAddress, Siret siret, FrenchVatNumber? vatNumber, PaymentTerms paymentTerms, decimal latePenaltyRatePercent, bool customerIsBusiness, string? vatExemptionMention)
    {
        SellerLegalName = sellerLegalName;
        SellerAddress = sellerAddress;
        Siret = siret;
        VatNumber = vatNumber;
        PaymentTerms = paymentTerms;
        LatePenaltyRatePercent = latePenaltyRatePercent;
        CustomerIsBusiness = customerIsBusiness;
        VatExemptionMention = vatExemptionMention;
    }

    /// <summary>Seller's legal name (dénomination sociale).</summary>
    public string SellerLegalName { get; }

    /// <summary>Seller's registered address.</summary>
    public string SellerAddress { get; }

    /// <summary>Seller's SIRET (its SIREN is <c>Siret.Siren</c>).</summary>
    public Siret Siret { get; }

    /// <summary>Seller's VAT number; null only under a VAT exemption.</summary>
    public FrenchVatNumber? VatNumber { get; }

    /// <summary>Payment terms printed and used for the due date.</summary>
    public PaymentTerms PaymentTerms { get; }

    /// <summary>Annual late-payment penalty rate in percent.</summary>
    public decimal LatePenaltyRatePercent { get; }

    /// <summary>True for a business customer (B2B): the 40 € indemnity applies.</summary>
    public bool CustomerIsBusiness { get; }

    /// <summary>The VAT exemption wording, e.g. <see cref="FranchiseEnBaseMention"/>; null when VAT applies.</summary>
    public string? VatExemptionMention { get; }

    /// <summary>Validates and builds the mentions; throws one <see cref="SalesDomainException"/> listing every error.</summary>
    public static LegalMentions Create(string? sellerLegalName, string? sellerAddress, string? siret, string? vatNumber, PaymentTerms paymentTerms, decimal latePenaltyRatePercent, bool customerIsBusiness, string? vatExemptionMention = null)
    {
        ArgumentNullException.ThrowIfNull(paymentTerms);
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(sellerLegalName))
        {
            errors.Add(new DomainError(SalesErrorCodes.LegalNameRequired, "sellerLegalName", "La dénomination sociale du vendeur est obligatoire."));
        }

        if (string.IsNullOrWhiteSpace(sellerAddress))
        {
            errors.Add(new DomainError(SalesErrorCodes.LegalAddressRequired, "sellerAddress", "L'adresse du siège du vendeur est obligatoire."));
        }

        var parsedSiret = Collect(errors, () => Siret.Parse(siret));
        var exemption = string.IsNullOrWhiteSpace(vatExemptionMention) ? null : vatExemptionMention.Trim();
        FrenchVatNumber? parsedVat = null;
        if (!string.IsNullOrWhiteSpace(vatNumber))
        {
            parsedVat = Collect(errors, () => FrenchVatNumber.Parse(vatNumber));
            if (parsedVat is not null && parsedSiret is not null && parsedVat.Siren != parsedSiret.Siren)
            {
                errors.Add(new DomainError(SalesErrorCodes.LegalVatNumberMismatch, "vatNumber", $"Le numéro de TVA {parsedVat} ne correspond pas au SIREN {parsedSiret.Siren} du SIRET."));
            }
        }
        else if (exemption is null)
        {
            errors.Add(new DomainError(SalesErrorCodes.LegalVatNumberRequired, "vatNumber", $"Le numéro de TVA intracommunautaire est obligatoire, sauf exonération de TVA (par exemple « {FranchiseEnBaseMention} »)."));
        }

        if (latePenaltyRatePercent <= 0m || latePenaltyRatePercent > 100m)
        {
            errors.Add(new DomainError(SalesErrorCodes.LegalPenaltyRateInvalid, "latePenaltyRatePercent", $"Le taux des pénalités de retard {Fr.Pct(latePenaltyRatePercent)} doit être supérieur à 0 et au plus 100 % (au minimum 3 fois le taux d'intérêt légal)."));
        }

        if (errors.Count > 0)
        {
            throw new SalesDomainException(errors);
        }

        return new LegalMentions(sellerLegalName!.Trim(), sellerAddress!.Trim(), parsedSiret!, parsedVat, paymentTerms, latePenaltyRatePercent, customerIsBusiness, exemption);
    }

    /// <summary>Throws <c>legal.exemption_with_vat</c> when an exempt seller's invoice charges VAT.</summary>
    public void EnsureConsistentWith(DocumentTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (VatExemptionMention is not null && totals.TotalVat != 0m)
        {
            throw SalesDomainException.Of(SalesErrorCodes.LegalExemptionWithVat, "vatExemptionMention", $"La facture porte la mention « {VatExemptionMention} » mais facture {Fr.Eur(totals.TotalVat)} de TVA : toutes les lignes doivent être à 0 %.");
        }
    }

    /// <summary>The mentions as French lines to print at the foot of the invoice.</summary>
    public IReadOnlyList<string> ToPrintedLines()
    {
        var lines = new List<string>
        {
            $"{SellerLegalName}, {SellerAddress}",
            $"SIREN {Siret.Siren} – SIRET {Siret}" + (VatNumber is null ? string.Empty : $" – N° TVA intracommunautaire {VatNumber}"),
            PaymentTerms.Label + ".",
            $"En cas de retard de paiement, pénalités au taux annuel de {Fr.Pct(LatePenaltyRatePercent)}.",
        };
        if (CustomerIsBusiness)
        {
            lines.Add($"Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : {Fr.Eur(RecoveryIndemnity)} (art. L441-10 et D441-5 du Code de commerce).");
        }

        if (VatExemptionMention is not null)
        {
            lines.Add(VatExemptionMention);
        }

        return lines.AsReadOnly();
    }

    private static T? Collect<T>(List<DomainError> errors, Func<T> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (SalesDomainException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
    }
}
