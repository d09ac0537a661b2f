using System.Net;

namespace ModularCrm.Host.Tests.Modules.Sms;

public sealed class ScheduleTests
{
    [Fact]
    public async Task Campaign_SentSaturdayAt13_GoesOutMondayAt8()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-28T13:00:00+01:00");
        await shop.UseGatewayAsync(gateway);
        await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        var campaign = await shop.CampaignAsync();

        var sent = await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{campaign}/send", new { });
        await shop.DeliverAsync();
        var onSaturday = gateway.Requests.Count;
        shop.Clock.Now = DateTimeOffset.Parse("2026-11-30T07:59:00+01:00");
        await shop.DeliverAsync();
        var beforeEight = gateway.Requests.Count;
        shop.Clock.Now = DateTimeOffset.Parse("2026-11-30T08:00:00+01:00");
        await shop.DeliverAsync();

        Assert.Equal(DateTimeOffset.Parse("2026-11-30T08:00:00+01:00"), sent.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal((0, 0, 1), (onSaturday, beforeEight, gateway.Requests.Count));
    }

    [Fact]
    public async Task Campaign_On14July_WaitsFor15JulyAt8()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-07-14T10:00:00+02:00");
        await shop.UseGatewayAsync(gateway);
        await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");

        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{await shop.CampaignAsync()}/send", new { });
        await shop.DeliverAsync();
        var onHoliday = gateway.Requests.Count;
        shop.Clock.Now = DateTimeOffset.Parse("2026-07-15T08:00:00+02:00");
        await shop.DeliverAsync();

        Assert.Equal((0, 1), (onHoliday, gateway.Requests.Count));
    }

    [Fact]
    public async Task Outbox_DeliveryFirstRunsAfter20h_WaitsForTheNextMorning()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-24T19:55:00+01:00");
        await shop.UseGatewayAsync(gateway);
        await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{await shop.CampaignAsync()}/send", new { }); // due now, inside the window

        shop.Clock.Now = DateTimeOffset.Parse("2026-11-24T20:00:00+01:00"); // the sender only runs once the window closed
        await shop.DeliverAsync();
        var evening = gateway.Requests.Count;
        shop.Clock.Now = DateTimeOffset.Parse("2026-11-25T08:00:00+01:00");
        await shop.DeliverAsync();

        Assert.Equal((0, 1), (evening, gateway.Requests.Count));
    }

    [Fact]
    public async Task Outbox_GatewayDownThenHostRestarted_RetriesWithBackoffAndSendsOnce()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        await shop.UseGatewayAsync(gateway);
        await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{await shop.CampaignAsync()}/send", new { });
        gateway.FailNext(2, (int)HttpStatusCode.ServiceUnavailable);

        await shop.DeliverAsync(); // attempt 1 fails: next in 1 min
        await shop.DeliverAsync(); // not due yet: no request
        shop.Clock.Now = shop.Clock.Now.AddMinutes(1);
        await shop.DeliverAsync(); // attempt 2 fails: next in 2 min
        await shop.RestartAsync();
        shop.Clock.Now = shop.Clock.Now.AddMinutes(2);
        await shop.DeliverAsync();
        await shop.DeliverAsync();

        Assert.Equal(new[] { 503, 503, 200 }, gateway.Requests.Select(r => r.Answered));
        Assert.Single(gateway.Accepted.Select(r => r.Text("reference")).Distinct());
    }

    [Fact]
    public async Task Outbox_ConsentWithdrawnWhileWaitingForTheWindow_IsCancelledAtSendingTime()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-29T10:00:00+01:00"); // Sunday
        await shop.UseGatewayAsync(gateway);
        var alice = await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{campaign}/send", new { });

        await shop.SendAsync(HttpMethod.Put, $"{SmsShop.Contacts}/contacts/{alice}/consents/sms", new { status = "withdrawn" });
        shop.Clock.Now = DateTimeOffset.Parse("2026-11-30T09:00:00+01:00");
        await shop.DeliverAsync();

        Assert.Empty(gateway.Requests);
        Assert.Equal(1, (await shop.GetAsync($"{SmsShop.Sms}/campaigns/{campaign}/stats")).GetProperty("cancelled").GetInt32());
    }
}
