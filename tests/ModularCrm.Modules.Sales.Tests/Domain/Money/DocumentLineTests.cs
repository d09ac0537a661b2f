using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Money;
using static ModularCrm.Modules.Sales.Tests.Domain.SalesBuilders;

namespace ModularCrm.Modules.Sales.Tests.Domain.Money;

public sealed class DocumentLineTests
{
    [Theory]
    [InlineData(20, 20)]
    [InlineData(10, 10)]
    [InlineData(5.5, 5.5)]
    [InlineData(2.1, 2.1)]
    [InlineData(0, 0)]
    public void FromPercent_FrenchRate_IsAccepted(decimal percent, decimal expected)
        => Assert.Equal(expected, VatRate.FromPercent(percent).Percent);

    [Theory]
    [InlineData(19.6)]
    [InlineData(7)]
    [InlineData(-20)]
    [InlineData(8.5)]
    public void FromPercent_NonFrenchRate_IsRefusedNamingTheRate(decimal percent)
    {
        var error = Refused(() => VatRate.FromPercent(percent));
        Assert.Equal(SalesErrorCodes.VatRateInvalid, error.Code);
        Assert.Equal("vatRate", error.Error.Field);
        Assert.Contains("20 %, 10 %, 5,5 %, 2,1 % et 0 %", error.Message);
    }

    [Fact]
    public void TotalExclVat_HalfCent_RoundsAwayFromZeroNotToEven()
    {
        // 0.125 with banker's rounding would give 0.12.
        Assert.Equal(0.13m, Line(1m, 0.125m).TotalExclVat);
        Assert.Equal(0.13m, MoneyRounding.ToCents(0.125m));
        Assert.Equal(-0.13m, MoneyRounding.ToCents(-0.125m));
    }

    [Fact]
    public void TotalExclVat_WithDiscount_RoundsOnceAfterDiscount()
    {
        // 3 × 9.99 = 29.97, −15 % = 25.4745 → 25.47
        Assert.Equal(25.47m, Line(3m, 9.99m, discount: 15m).TotalExclVat);
        Assert.Equal(29.97m, Line(3m, 9.99m).GrossExclVat);
    }

    [Fact]
    public void TotalExclVat_FullDiscount_IsZero() => Assert.Equal(0m, Line(2m, 50m, discount: 100m).TotalExclVat);

    [Fact]
    public void Product_ValidInput_KeepsProductAndTrimsDescription()
    {
        var line = DocumentLine.Product(7, "  Vis M6  ", 1.5m, 2m, VatRate.Standard);
        Assert.Equal(DocumentLineKind.Product, line.Kind);
        Assert.Equal(7, line.ProductId);
        Assert.Equal("Vis M6", line.Description);
        Assert.Equal(DocumentLineKind.FreeText, Line(1m, 1m).Kind);
    }

    [Theory]
    [InlineData(0, 1, 0, SalesErrorCodes.LineQuantityInvalid, "lines[3].quantity")]
    [InlineData(-1, 1, 0, SalesErrorCodes.LineQuantityInvalid, "lines[3].quantity")]
    [InlineData(1.0001, 1, 0, SalesErrorCodes.LineQuantityInvalid, "lines[3].quantity")]
    [InlineData(1, -0.01, 0, SalesErrorCodes.LineUnitPriceInvalid, "lines[3].unitPriceExclVat")]
    [InlineData(1, 0.00001, 0, SalesErrorCodes.LineUnitPriceInvalid, "lines[3].unitPriceExclVat")]
    [InlineData(1, 1, -1, SalesErrorCodes.LineDiscountInvalid, "lines[3].discountPercent")]
    [InlineData(1, 1, 100.5, SalesErrorCodes.LineDiscountInvalid, "lines[3].discountPercent")]
    [InlineData(1, 1, 10.001, SalesErrorCodes.LineDiscountInvalid, "lines[3].discountPercent")]
    public void FreeText_InvalidValue_IsRefusedNamingLineAndField(decimal quantity, decimal price, decimal discount, string code, string field)
    {
        var error = Refused(() => DocumentLine.FreeText("X", quantity, price, VatRate.Standard, discount, lineNo: 3));
        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Error.Field);
        Assert.StartsWith("Ligne 3 :", error.Message);
    }

    [Fact]
    public void FreeText_BlankDescription_IsRefused()
        => Assert.Equal(SalesErrorCodes.LineDescriptionRequired, Refused(() => DocumentLine.FreeText("  ", 1m, 1m, VatRate.Zero)).Code);

    [Fact]
    public void Product_NonPositiveProductId_IsRefused()
        => Assert.Equal(SalesErrorCodes.LineProductInvalid, Refused(() => DocumentLine.Product(0, "X", 1m, 1m, VatRate.Zero)).Code);

    [Fact]
    public void FreeText_ThreeDecimalQuantityAndFourDecimalPrice_AreAccepted()
    {
        var line = Line(1.255m, 0.0125m);
        Assert.Equal(0.02m, line.TotalExclVat); // 0.0156875
    }
}
