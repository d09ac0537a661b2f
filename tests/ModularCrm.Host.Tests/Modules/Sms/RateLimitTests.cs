namespace ModularCrm.Host.Tests.Modules.Sms;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Deliver_ShopLimitedToTwoPerMinute_SendsTwoNowAndTheThirdAMinuteLater()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        await shop.UseGatewayAsync(gateway);
        await shop.SendAsync(HttpMethod.Put, $"{SmsShop.Sms}/settings", new { provider = "http", endpoint = gateway.Url, login = "alpha", sender = "ALPHA", ratePerMinute = 2 });
        foreach (var (name, mobile) in new[] { ("Alice", "06 12 34 56 71"), ("Bruno", "06 12 34 56 72"), ("Chloé", "06 12 34 56 73") })
        {
            var contact = await shop.ContactAsync(name, mobile, null);
            await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/messages", new { contactId = contact, text = "Votre commande est prête.", promotional = false });
        }

        await shop.DeliverAsync();
        var first = gateway.Requests.Count;
        shop.Clock.Now = shop.Clock.Now.AddSeconds(30);
        await shop.DeliverAsync();
        var halfMinute = gateway.Requests.Count;
        shop.Clock.Now = shop.Clock.Now.AddSeconds(31);
        await shop.DeliverAsync();

        Assert.Equal((2, 2, 3), (first, halfMinute, gateway.Requests.Count));
        var settings = await shop.GetAsync($"{SmsShop.Sms}/settings");
        Assert.Equal((2, true), (settings.GetProperty("ratePerMinute").GetInt32(), settings.GetProperty("passwordSet").GetBoolean()));
    }

    [Fact]
    public async Task Settings_RateOfZero_IsRefusedNamingTheField()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");

        var response = await shop.TrySendAsync(HttpMethod.Put, $"{SmsShop.Sms}/settings", new { provider = "file", ratePerMinute = 0 });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ratePerMinute", await response.Content.ReadAsStringAsync());
    }
}
