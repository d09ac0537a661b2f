using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>A customer known twice keeps one card: balances, movements and purchases move in one transaction.</summary>
public sealed class LoyaltyCardMergeTests
{
    private static async Task<(LoyaltyShop Shop, string Keep, string Gone)> TwoCardsAsync()
    {
        var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(new { name = "Points", kind = "points", pointsPerEuro = 1, threshold = 1000, rewardKind = "amount", rewardValue = 10, autoIssueCards = true });
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 7, 60m));
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 8, 50m));
        var keep = await shop.WaitForCardAsync(7, c => LoyaltyShop.Balance(c) == 60m);
        var gone = await shop.WaitForCardAsync(8, c => LoyaltyShop.Balance(c) == 50m);
        return (shop, keep.GetProperty("number").GetString()!, gone.GetProperty("number").GetString()!);
    }

    [Fact]
    public async Task Merge_FiveSimultaneousRequests_MoveTheOtherCardsPointsOnce_AndDeleteIt()
    {
        var (shop, keep, gone) = await TwoCardsAsync();
        using var owned = shop;

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => shop.Http.PostAsJsonAsync($"{shop.Base}/cards/{keep}/merge", new { from = gone })));

        var won = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r != won), r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Conflict }));
        var merged = await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/cards/{keep}");
        Assert.Equal(110m, LoyaltyShop.Balance(merged));
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Http.GetAsync($"{shop.Base}/cards/{gone}")).StatusCode);
        Assert.Equal(1, await shop.CountAsync("loyalty_cards"));
        var stats = await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/statistics?from=2026-01-01&to=2026-12-31");
        Assert.Equal(1, stats.GetProperty("customers").GetInt32());
    }

    [Fact]
    public async Task MergePage_CardWithItself_Is400NextToTheField_OtherCardRedirectsWithTheSum()
    {
        var (shop, keep, gone) = await TwoCardsAsync();
        using var owned = shop;
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var card = $"/shops/alpha/loyalty/cards/{keep}";

        var itself = await staff.PostFormAsync(card, $"{card}/merge", new Dictionary<string, string> { ["from"] = keep });
        var merged = await staff.PostFormAsync(card, $"{card}/merge", new Dictionary<string, string> { ["from"] = gone });

        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.Contains("id=\"from-error\">Une carte ne se fusionne pas avec elle-même.</p>", await itself.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var page = await staff.GetPageAsync(merged.Headers.Location!.OriginalString);
        Assert.Contains("Cartes fusionnées", page);
        Assert.Contains("<td>110</td>", page);
    }
}
