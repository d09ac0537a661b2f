using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Legal;
using ModularCrm.Modules.Sales.Domain.Money;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Legal;

public sealed class LegalMentionsTests
{
    private static LegalMentions Valid(bool business = true, string? vat = "FR44732829320", string? exemption = null)
        => LegalMentions.Create("Quincaillerie Martin SARL", "12 rue des Lilas, 69001 Lyon", "73282932000074", vat, PaymentTerms.NetDays(30), 12.5m, business, exemption);

    [Fact]
    public void ToPrintedLines_BusinessCustomer_IncludesEveryMentionAndThe40EuroIndemnity()
    {
        var lines = Valid().ToPrintedLines();

        Assert.Equal("Quincaillerie Martin SARL, 12 rue des Lilas, 69001 Lyon", lines[0]);
        Assert.Equal("SIREN 732 829 320 – SIRET 732 829 320 00074 – N° TVA intracommunautaire FR44732829320", lines[1]);
        Assert.Equal("Paiement à 30 jours net.", lines[2]);
        Assert.Contains("12,5 %", lines[3]);
        Assert.Contains(lines, l => l.Contains("40,00 €") && l.Contains("D441-5"));
    }

    [Fact]
    public void ToPrintedLines_ConsumerCustomer_HasNoIndemnity()
        => Assert.DoesNotContain(Valid(business: false).ToPrintedLines(), l => l.Contains("40,00 €"));

    [Fact]
    public void Create_ExemptSellerWithoutVatNumber_PrintsTheExemption()
    {
        var mentions = Valid(vat: null, exemption: LegalMentions.FranchiseEnBaseMention);
        Assert.Null(mentions.VatNumber);
        Assert.Equal("TVA non applicable, art. 293 B du CGI", mentions.ToPrintedLines()[^1]);
        mentions.EnsureConsistentWith(TotalsCalculator.Compute([Line(1m, 100m, 0m)]));
    }

    [Fact]
    public void EnsureConsistentWith_ExemptSellerChargingVat_IsRefused()
    {
        var mentions = Valid(vat: null, exemption: LegalMentions.FranchiseEnBaseMention);
        var error = Assert.Throws<SalesDomainException>(() => mentions.EnsureConsistentWith(TotalsCalculator.Compute([Line(1m, 100m)])));
        Assert.Equal(SalesErrorCodes.LegalExemptionWithVat, error.Code);
        Assert.Contains("20,00 €", error.Message);
    }

    [Fact]
    public void Create_NoVatNumberAndNoExemption_IsRefused()
        => Assert.Equal(SalesErrorCodes.LegalVatNumberRequired, Assert.Throws<SalesDomainException>(() => Valid(vat: null)).Code);

    [Fact]
    public void Create_VatNumberOfAnotherCompany_IsRefused()
        => Assert.Equal(SalesErrorCodes.LegalVatNumberMismatch, Assert.Throws<SalesDomainException>(() => Valid(vat: "FR83404833048")).Code);

    [Fact]
    public void Create_EverythingWrong_ReportsEveryErrorWithItsField()
    {
        var error = Assert.Throws<SalesDomainException>(() => LegalMentions.Create(" ", null, "123", "FR00123", PaymentTerms.OnReceipt, 0m, true));

        Assert.Equal(
            ["sellerLegalName", "sellerAddress", "siret", "vatNumber", "latePenaltyRatePercent"],
            error.Errors.Select(e => e.Field));
        Assert.Equal(
            [SalesErrorCodes.LegalNameRequired, SalesErrorCodes.LegalAddressRequired, SalesErrorCodes.LegalSiretInvalid, SalesErrorCodes.LegalVatNumberInvalid, SalesErrorCodes.LegalPenaltyRateInvalid],
            error.Errors.Select(e => e.Code));
    }
}
