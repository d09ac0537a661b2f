using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>Vouchers, cards, hosts, sanity check and statistics through the real HTTP pipeline.</summary>
public sealed class LoyaltyRewardApiTests
{
    private static async Task<(LoyaltyShop Shop, string Code, string Number)> ShopWithVoucherAsync()
    {
        var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(new { name = "Points", kind = "points", pointsPerEuro = 1, threshold = 100, rewardKind = "amount", rewardValue = 10, autoIssueCards = true });
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 7, 100m));
        var card = await shop.WaitForCardAsync(7, c => c.GetProperty("rewards").GetArrayLength() == 1);
        return (shop, card.GetProperty("rewards")[0].GetProperty("code").GetString()!, card.GetProperty("number").GetString()!);
    }

    [Fact]
    public async Task Redeem_TwentySimultaneousRequests_ExactlyOneSucceedsWithTheDiscountLine()
    {
        var (shop, code, _) = await ShopWithVoucherAsync();
        using var owned = shop;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            shop.Http.PostAsJsonAsync($"{shop.Base}/rewards/{code}/redeem", new { document = $"invoice:{i}", documentTotalInclVat = 60m, vatRate = 20m })));

        var won = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r != won), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var body = await won.Content.ReadFromJsonAsync<JsonElement>();
        var line = body.GetProperty("line");
        Assert.Equal(10m, line.GetProperty("discountInclVat").GetDecimal());
        Assert.Equal(-8.3333m, line.GetProperty("unitPriceExclVat").GetDecimal());
        Assert.Equal(1m, line.GetProperty("quantity").GetDecimal());
        var refused = await responses.First(r => r != won).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("reward.already_redeemed", refused.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Balance_AnonymousWithCardNumberAndEmail_ShowsBalance_WrongEmailIs404_BadNumberNamesTheField()
    {
        var (shop, _, number) = await ShopWithVoucherAsync();
        using var owned = shop;
        await shop.Http.PutAsJsonAsync($"{shop.Base}/cards/{number}", new { holderName = "Marie Revel", email = "marie@exemple.fr" });
        using var customer = shop.App.CreateClient();
        const string publicBase = "/p/alpha/loyalty";

        var ok = await customer.GetFromJsonAsync<JsonElement>($"{publicBase}/balance?card={number}&email=MARIE@exemple.fr");
        var wrong = await customer.GetAsync($"{publicBase}/balance?card={number}&email=autre@exemple.fr");
        var typo = await customer.GetAsync($"{publicBase}/balance?card=123456789012&email=marie@exemple.fr");

        Assert.Equal(0m, LoyaltyShop.Balance(ok));
        Assert.Single(ok.GetProperty("availableRewards").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.True((await typo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("card", out _));
    }

    [Fact]
    public async Task Barcode_OfACard_IsAnSvgOfCode128Bars()
    {
        var (shop, _, number) = await ShopWithVoucherAsync();
        using var owned = shop;

        var response = await shop.Http.GetAsync($"{shop.Base}/cards/{number}/barcode.svg");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", svg);
        Assert.Contains(number, svg);
    }

    [Fact]
    public async Task Program_WithWrongValues_IsRefusedNamingEachField()
    {
        using var shop = await LoyaltyShop.StartAsync();

        var response = await shop.Http.PostAsJsonAsync($"{shop.Base}/programs", new { name = "", kind = "bonus", threshold = -1, rewardKind = "percent", rewardValue = 150, validFrom = "2026-13-01" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "kind", "threshold", "rewardValue", "validFrom" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }
    }

    [Fact]
    public async Task Meeting_Closed_GivesTheHostTenPercentOfItsSales_Once()
    {
        using var shop = await LoyaltyShop.StartAsync();
        var created = await shop.Http.PostAsJsonAsync($"{shop.Base}/meetings", new { hostContactId = 21, title = "Réunion chez Anne", heldOn = "2026-03-12" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var invoice = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await shop.Http.PostAsJsonAsync($"{shop.Base}/meetings/{id}/sales", new { invoiceId = invoice, amountInclVat = 300m })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await shop.Http.PostAsJsonAsync($"{shop.Base}/meetings/{id}/sales", new { invoiceId = invoice, amountInclVat = 300m })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await shop.Http.PostAsJsonAsync($"{shop.Base}/meetings/{id}/sales", new { amountInclVat = 155.5m, label = "Vente sans facture" })).StatusCode);

        var closes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => shop.Http.PostAsync($"{shop.Base}/meetings/{id}/close", null)));

        var closed = Assert.Single(closes, r => r.StatusCode == HttpStatusCode.OK);
        var reward = (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hostReward");
        Assert.Equal(45.55m, reward.GetProperty("value").GetDecimal());
        var rewards = await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/rewards?contactId=21");
        Assert.Equal(1, rewards.GetArrayLength());
    }

    [Fact]
    public async Task SanityCheck_OnePointPerTwentyEurosWithSeventeenEuroBaskets_WarnsWithTheFigures()
    {
        using var shop = await LoyaltyShop.StartAsync();
        for (var i = 0; i < 12; i++)
        {
            await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 100 + (i % 4), 17m));
        }

        var program = await shop.CreateProgramAsync(new { name = "Points", kind = "points", pointsPerEuro = 0.05m, threshold = 50, rewardKind = "amount", rewardValue = 5 });
        JsonElement report = default;
        for (var attempt = 0; attempt < 100 && (report.ValueKind == JsonValueKind.Undefined || report.GetProperty("purchases").GetInt32() < 12); attempt++)
        {
            await Task.Delay(100);
            report = await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/programs/{program}/check");
        }

        Assert.Equal(17m, report.GetProperty("averageBasket").GetDecimal());
        var codes = report.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Contains("basket_below_one_point", codes);
        Assert.Contains("threshold_rarely_reached", codes);
        Assert.Contains("17,00", report.GetProperty("warnings")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Statistics_CountCardHoldersRevenueAndRepeatRate()
    {
        var (shop, code, _) = await ShopWithVoucherAsync();
        using var owned = shop;
        var programs = await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/programs");
        await shop.Http.PutAsJsonAsync($"{shop.Base}/programs/{programs[0].GetProperty("id").GetInt64()}", new { name = "Points", kind = "points", pointsPerEuro = 1, threshold = 100, rewardKind = "amount", rewardValue = 10, autoIssueCards = false });
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 7, 20m));
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 30, 50m));
        await shop.WaitForCardAsync(7, c => LoyaltyShop.Balance(c) == 20m);
        await shop.Http.PostAsJsonAsync($"{shop.Base}/rewards/{code}/redeem", new { documentTotalInclVat = 40m });

        JsonElement stats = default;
        for (var attempt = 0; attempt < 100 && (stats.ValueKind == JsonValueKind.Undefined || stats.GetProperty("revenueOthers").GetDecimal() != 50m); attempt++)
        {
            await Task.Delay(100);
            stats = await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/statistics?from=2026-01-01&to=2026-12-31");
        }

        Assert.Equal(1, stats.GetProperty("cards").GetInt32());
        Assert.Equal(1, stats.GetProperty("activeCards").GetInt32());
        Assert.Equal(120m, stats.GetProperty("revenueCardHolders").GetDecimal());
        Assert.Equal(50m, stats.GetProperty("revenueOthers").GetDecimal());
        Assert.Equal(0.5m, stats.GetProperty("repeatRate").GetDecimal());
        Assert.Equal(1, stats.GetProperty("rewardsUsed").GetInt32());
        var points = stats.GetProperty("programs")[0];
        Assert.Equal(120m, points.GetProperty("unitsIssued").GetDecimal());
        Assert.Equal(100m, points.GetProperty("unitsConverted").GetDecimal());
    }
}
