using ModularCrm.Host.Data.Shops;

namespace ModularCrm.Host.Tests.Data.Shops;

public sealed class ShopParametersTests
{
    [Theory]
    [InlineData("SELECT 1 FROM t WHERE shop_id = @shop", true)]
    [InlineData("SELECT 1 FROM t WHERE shop_id=@shop AND x = 1", true)]
    [InlineData("INSERT INTO t (shop_id) VALUES (@shop)", true)]
    [InlineData("SELECT 1 FROM t WHERE shop_id = @shopping", false)]
    [InlineData("SELECT 1 FROM t WHERE shop_id = @shop_id", false)]
    [InlineData("SELECT 1 FROM t WHERE shop_id = @shop2", false)]
    [InlineData("SELECT '@shop' FROM t", false)]
    [InlineData("SELECT 1 FROM t /* shop_id = @shop */", false)]
    [InlineData("SELECT 1 FROM t -- shop_id = @shop", false)]
    [InlineData("SELECT 'it''s' FROM t WHERE shop_id = @shop", true)]
    public void UsesShop_Statement_IsRecognisedOnlyWhenShopIsARealParameter(string sql, bool expected)
    {
        Assert.Equal(expected, ShopParameters.UsesShop(sql));
    }

    [Fact]
    public void Bind_ListOfRows_IsRefusedWithTheReason()
    {
        var error = Assert.Throws<ArgumentException>(() => ShopParameters.Bind(1, "DELETE FROM t WHERE shop_id = @shop", new[] { new { id = 1 } }));

        Assert.Contains("lists", error.Message);
    }

    [Fact]
    public void Bind_StatementWithoutShop_QuotesTheStatement()
    {
        var error = Assert.Throws<ArgumentException>(() => ShopParameters.Bind(1, "DELETE   FROM\n t", null));

        Assert.Contains("DELETE FROM t", error.Message);
    }
}
