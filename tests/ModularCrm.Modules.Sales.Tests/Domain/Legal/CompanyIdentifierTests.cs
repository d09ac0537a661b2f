using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Legal;

namespace ModularCrm.Modules.Sales.Tests.Domain.Legal;

public sealed class CompanyIdentifierTests
{
    [Theory]
    [InlineData("732829320", "732829320")]
    [InlineData("404 833 048", "404833048")]
    [InlineData("542065479", "542065479")]
    public void SirenParse_ValidLuhn_IsAccepted(string text, string expected) => Assert.Equal(expected, Siren.Parse(text).Value);

    [Theory]
    [InlineData("123456789")]
    [InlineData("73282932")]
    [InlineData("7328293201")]
    [InlineData("73282932A")]
    [InlineData("")]
    [InlineData(null)]
    public void SirenParse_Invalid_IsRefused(string? text)
    {
        var error = Assert.Throws<SalesDomainException>(() => Siren.Parse(text));
        Assert.Equal(SalesErrorCodes.LegalSirenInvalid, error.Code);
        Assert.Contains("Luhn", error.Message);
    }

    [Fact]
    public void SirenVatNumber_KnownCompany_HasTheExpectedKey()
    {
        Assert.Equal("FR44732829320", Siren.Parse("732829320").VatNumber);
        Assert.Equal("FR83404833048", Siren.Parse("404833048").VatNumber);
    }

    [Fact]
    public void SiretParse_Valid_ExposesItsSiren()
    {
        var siret = Siret.Parse("732 829 320 00074");
        Assert.Equal("73282932000074", siret.Value);
        Assert.Equal("732829320", siret.Siren.Value);
        Assert.Equal("732 829 320 00074", siret.ToString());
    }

    [Theory]
    [InlineData("73282932000075")]
    [InlineData("7328293200007")]
    [InlineData("1234567890123X")]
    public void SiretParse_Invalid_IsRefused(string text)
        => Assert.Equal(SalesErrorCodes.LegalSiretInvalid, Assert.Throws<SalesDomainException>(() => Siret.Parse(text)).Code);

    [Fact]
    public void SiretParse_LaPosteEstablishment_UsesTheSumOfDigitsRule()
    {
        Assert.True(Siret.TryParse("35600000049837", out _)); // fails Luhn, digit sum multiple of 5
        Assert.False(Siret.TryParse("35600000000048", out _)); // passes Luhn, digit sum not a multiple of 5
    }

    [Theory]
    [InlineData("FR44732829320")]
    [InlineData("fr 44 732 829 320")]
    public void VatNumberParse_RightKey_IsAccepted(string text)
    {
        var number = FrenchVatNumber.Parse(text);
        Assert.Equal("FR44732829320", number.Value);
        Assert.Equal("732829320", number.Siren.Value);
    }

    [Theory]
    [InlineData("FR45732829320", "la clé est 44")]
    [InlineData("FR44123456789", "SIREN invalide")]
    [InlineData("DE44732829320", "FR suivi de 11 chiffres")]
    [InlineData("FR4473282932", "FR suivi de 11 chiffres")]
    public void VatNumberParse_Wrong_IsRefusedSayingWhy(string text, string reason)
    {
        var error = Assert.Throws<SalesDomainException>(() => FrenchVatNumber.Parse(text));
        Assert.Equal(SalesErrorCodes.LegalVatNumberInvalid, error.Code);
        Assert.Contains(reason, error.Message);
    }
}
