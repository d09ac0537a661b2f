using System.Net;
using System.Text;

namespace ModularCrm.Host.Tests.Modules.Sms;

public sealed class CampaignApiTests
{
    private const string Tuesday10h = "2026-11-24T10:00:00+01:00";

    [Fact]
    public async Task Campaign_ThroughGateway_ReachesOnlyConsentingNumbersOnceWithCredentialsAndStopMention()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync(Tuesday10h);
        await shop.UseGatewayAsync(gateway);
        await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        await shop.ContactAsync("Alice bis", "+33612345678", "granted");
        await shop.ContactAsync("Bruno", "06 22 33 44 55", null);
        var chloe = await shop.ContactAsync("Chloé", "07 11 22 33 44", "granted");
        await shop.ContactAsync("Sans numéro", null, "granted");
        await shop.SendAsync(HttpMethod.Put, $"{SmsShop.Contacts}/contacts/{chloe}/consents/sms", new { status = "withdrawn" });
        var campaign = await shop.CampaignAsync();

        var audience = await shop.GetAsync($"{SmsShop.Sms}/campaigns/{campaign}/audience");
        var sent = await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{campaign}/send", new { });
        var again = await shop.TrySendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{campaign}/send", new { });
        await shop.DeliverAsync();

        var excluded = audience.GetProperty("excluded");
        Assert.Equal((1, 1, 1, 1, 1), (audience.GetProperty("recipients").GetInt32(), excluded.GetProperty("duplicate_number").GetInt32(),
            excluded.GetProperty("no_consent").GetInt32(), excluded.GetProperty("withdrawn").GetInt32(), excluded.GetProperty("no_number").GetInt32()));
        Assert.Equal(1, sent.GetProperty("recipients").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var request = Assert.Single(gateway.Requests);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alpha:s3cret")), request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal(("ALPHA", "+33612345678", "GSM7"), (request.Text("sender"), request.Text("to"), request.Text("encoding")));
        Assert.Equal("Bonjour Alice, -20 % ce week-end chez Boutique alpha !\nSTOP au 36180", request.Text("text"));
        Assert.Equal(32, request.Text("reference").Length);
        var stats = await shop.GetAsync($"{SmsShop.Sms}/campaigns/{campaign}/stats");
        Assert.Equal((1, 0, 0), (stats.GetProperty("sent").GetInt32(), stats.GetProperty("queued").GetInt32(), stats.GetProperty("delivered").GetInt32()));
    }

    [Fact]
    public async Task Preview_CampaignWithEuroSign_ShowsGsmCountWithExtensionCharactersAndCost()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync(Tuesday10h);
        await shop.UseGatewayAsync(gateway);
        await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        await shop.ContactAsync("Bruno", "06 22 33 44 55", "granted");
        var campaign = await shop.CampaignAsync("{{ contact.first_name }} : 10€ offerts dès 50€ d'achat ! " + new string('x', 120));

        var preview = await shop.GetAsync($"{SmsShop.Sms}/campaigns/{campaign}/preview");

        var one = preview.GetProperty("preview");
        var expected = "Marie : 10€ offerts dès 50€ d'achat ! " + new string('x', 120) + "\nSTOP au 36180";
        Assert.Equal(expected, one.GetProperty("text").GetString());
        Assert.Equal("GSM-7", one.GetProperty("encoding").GetString());
        Assert.Equal(expected.Length + 2, one.GetProperty("characters").GetInt32()); // each € counts two septets
        Assert.Equal(2, one.GetProperty("segments").GetInt32());
        Assert.Equal(0.09m, one.GetProperty("costPerMessage").GetDecimal());
        Assert.Equal((2, 4, 0.18m), (preview.GetProperty("recipients").GetInt32(), preview.GetProperty("totalSegments").GetInt32(), preview.GetProperty("estimatedCost").GetDecimal()));
    }

    [Fact]
    public async Task Create_BrokenTemplateOrMissingSegment_IsRefusedNamingTheFields()
    {
        await using var shop = await SmsShop.StartAsync(Tuesday10h);

        var response = await shop.TrySendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns", new { name = "X", text = "Bonjour\n{{ end }}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"segmentId\"", body);
        Assert.Contains("ligne 2", body);
    }
}
