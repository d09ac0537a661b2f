using System.Net;

namespace ModularCrm.Host.Tests.Modules.Sms;

public sealed class CallbackTests
{
    private const string Tuesday10h = "2026-11-24T10:00:00+01:00";

    [Fact]
    public async Task DeliveryReport_SignedCallback_UpdatesStatusAndStatsButForgedOneIsRefused()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync(Tuesday10h);
        await shop.UseGatewayAsync(gateway);
        await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        await shop.ContactAsync("Bruno", "06 22 33 44 55", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{campaign}/send", new { });
        await shop.DeliverAsync();
        var secret = await shop.CallbackSecretAsync();
        var (alice, bruno) = (gateway.Requests[0].Text("reference"), gateway.Requests[1].Text("reference"));

        var forged = await shop.CallbackAsync(new { type = "report", reference = alice, status = "failed" }, "not-the-secret");
        var delivered = await shop.CallbackAsync(new { type = "report", reference = alice, status = "delivered" }, secret);
        var failed = await shop.CallbackAsync(new { type = "report", id = "gw-2", status = "undelivered", reason = "absent subscriber" }, secret);
        var badStatus = await shop.CallbackAsync(new { type = "report", reference = bruno, status = "maybe" }, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (delivered.StatusCode, failed.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Contains("status", await badStatus.Content.ReadAsStringAsync());
        var stats = await shop.GetAsync($"{SmsShop.Sms}/campaigns/{campaign}/stats");
        Assert.Equal((2, 1, 1), (stats.GetProperty("sent").GetInt32(), stats.GetProperty("delivered").GetInt32(), stats.GetProperty("failed").GetInt32()));
        Assert.Equal(0.5, stats.GetProperty("rates").GetProperty("delivery").GetDouble());
    }

    [Fact]
    public async Task Stop_InboundReply_WithdrawsSmsConsentAtOnceAndCountsInCampaignStats()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync(Tuesday10h);
        await shop.UseGatewayAsync(gateway);
        var alice = await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{campaign}/send", new { });
        await shop.DeliverAsync();

        var stop = await shop.CallbackAsync(new { type = "inbound", from = "33612345678", text = "Stop" }, await shop.CallbackSecretAsync());

        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        var consents = await shop.GetAsync($"{SmsShop.Contacts}/contacts/{alice}/consents");
        var sms = consents.GetProperty("current").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "sms");
        Assert.Equal(("withdrawn", "sms:stop"), (sms.GetProperty("status").GetString(), sms.GetProperty("source").GetString()));
        Assert.Equal(1, (await shop.GetAsync($"{SmsShop.Sms}/campaigns/{campaign}/stats")).GetProperty("stops").GetInt32());
        var next = await shop.CampaignAsync();
        var audience = await shop.GetAsync($"{SmsShop.Sms}/campaigns/{next}/audience");
        Assert.Equal((0, 1), (audience.GetProperty("recipients").GetInt32(), audience.GetProperty("excluded").GetProperty("withdrawn").GetInt32()));
    }

    [Fact]
    public async Task Stop_WhileAMessageWaitsForItsWindow_CancelsIt()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync(Tuesday10h);
        await shop.UseGatewayAsync(gateway);
        await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{await shop.CampaignAsync()}/send", new { });
        await shop.DeliverAsync();
        shop.Clock.Now = DateTimeOffset.Parse("2026-11-24T21:00:00+01:00");
        var second = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{second}/send", new { }); // waits for Wednesday 08:00

        await shop.CallbackAsync(new { type = "inbound", from = "+33612345678", text = "STOP" }, await shop.CallbackSecretAsync());
        shop.Clock.Now = DateTimeOffset.Parse("2026-11-25T08:00:00+01:00");
        await shop.DeliverAsync();

        Assert.Single(gateway.Requests);
        var stats = await shop.GetAsync($"{SmsShop.Sms}/campaigns/{second}/stats");
        Assert.Equal((0, 1), (stats.GetProperty("sent").GetInt32(), stats.GetProperty("cancelled").GetInt32()));
    }
}
