using ModularCrm.Sdk.Sms;

namespace ModularCrm.Host.Tests.Modules.Sms;

/// <summary>The SDK's <see cref="ISmsOutbox"/> as another module uses it: the same outbox, rules and sender as campaigns.</summary>
public sealed class SmsOutboxTests
{
    private const string SaturdayAfternoon = "2026-11-28T13:00:00+01:00";

    [Fact]
    public async Task Marketing_OnSaturdayAfternoon_WaitsForMondayWithTheStopMentionAndCountsInItsStream()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync(SaturdayAfternoon);
        await shop.UseGatewayAsync(gateway);
        var alice = await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");

        var receipt = await shop.EnqueueAsync(new SmsRequest(SmsPurpose.Marketing, "loyalty:birthday", alice, "Joyeux anniversaire Alice !"));
        await shop.DeliverAsync();
        var waiting = gateway.Requests.Count;
        shop.Clock.Now = DateTimeOffset.Parse("2026-11-30T08:00:00+01:00");
        await shop.DeliverAsync();

        Assert.True(receipt.Queued);
        Assert.Equal(DateTimeOffset.Parse("2026-11-30T08:00:00+01:00"), receipt.DueAt);
        Assert.Equal(0, waiting);
        var sent = Assert.Single(gateway.Requests);
        Assert.Equal(("+33612345678", "Joyeux anniversaire Alice !\nSTOP au 36180", receipt.Reference), (sent.Text("to"), sent.Text("text"), sent.Text("reference")));
        var stats = await shop.StreamStatsAsync("loyalty:birthday");
        Assert.Equal((0L, 1L, 1L), (stats.Queued, stats.Sent, stats.Segments));
        Assert.Equal(0, (await shop.StreamStatsAsync("loyalty:reward")).Sent);
    }

    [Fact]
    public async Task Marketing_ToContactWithoutSmsConsent_IsRefusedWhileAServiceTextToHerGoesAtOnce()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync(SaturdayAfternoon);
        await shop.UseGatewayAsync(gateway);
        var bruno = await shop.ContactAsync("Bruno", "06 22 33 44 55", null);

        var marketing = await shop.EnqueueAsync(new SmsRequest(SmsPurpose.Marketing, "loyalty:reward", bruno, "Votre bon vous attend"));
        var service = await shop.EnqueueAsync(new SmsRequest(SmsPurpose.Transactional, "sales:ready", bruno, "Votre commande est prête"));
        var unknown = await shop.EnqueueAsync(new SmsRequest(SmsPurpose.Transactional, "sales:ready", 999_999, "Votre commande est prête"));
        await shop.DeliverAsync();

        Assert.Equal((false, "no_consent"), (marketing.Queued, marketing.RefusedReason));
        Assert.Equal((false, "no_contact"), (unknown.Queued, unknown.RefusedReason));
        Assert.True(service.Queued);
        var sent = Assert.Single(gateway.Requests);
        Assert.Equal("Votre commande est prête", sent.Text("text")); // no STOP mention, no window
    }

    [Fact]
    public async Task Enqueue_MarketingWithoutContact_IsAnArgumentErrorNamingTheField()
    {
        await using var shop = await SmsShop.StartAsync(SaturdayAfternoon);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => shop.EnqueueAsync(new SmsRequest(SmsPurpose.Marketing, "loyalty:birthday", null, "Promo", "+33612345678")));

        Assert.StartsWith("ContactId", error.Message);
    }
}
