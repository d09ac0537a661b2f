using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Sdk.Sms;

namespace ModularCrm.Host.Tests.Modules.Sms;

/// <summary>
/// A contact's RGPD access and erasure requests, made on the contacts module, reaching the SMS outbox and STOP replies.
/// Alice got a campaign, answered STOP, and has a service text still waiting; Bruno got the same campaign and stays as he is.
/// </summary>
public sealed class SmsPersonalDataTests
{
    [Fact]
    public async Task AccessExport_OfATextedContact_ListsHerTextsAndHerStopReply()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        var (alice, _) = await AliceAndBrunoAsync(shop, gateway);

        var export = await shop.GetAsync($"{SmsShop.Contacts}/contacts/{alice}/personal-data");

        var sms = export.GetProperty("sms");
        var messages = sms.GetProperty("messages");
        Assert.Equal(2, messages.GetArrayLength());
        Assert.All(messages.EnumerateArray(), m => Assert.Equal("+33612345678", m.GetProperty("toNumber").GetString()));
        Assert.Contains("Bonjour Alice", messages[0].GetProperty("body").GetString());
        Assert.Equal("sales:ready", messages[1].GetProperty("stream").GetString());
        Assert.Equal("STOP", Assert.Single(sms.GetProperty("stopReplies").EnumerateArray()).GetProperty("text").GetString());
        Assert.DoesNotContain("Bruno", messages.GetRawText());
    }

    [Fact]
    public async Task Erasure_OfATextedContact_ClearsHerNumberAndTextsKeepsTheFiguresAndLeavesBrunoUntouched()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        var (alice, campaign) = await AliceAndBrunoAsync(shop, gateway);

        var erased = await shop.Client.PostAsync($"{SmsShop.Contacts}/contacts/{alice}/erase", null);
        var account = (await erased.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sms").GetString();
        await using var connection = await shop.App.Services.GetRequiredService<Database>().OpenAsync();
        var rows = (await connection.QueryAsync<(string Number, string Body, string Status)>(
            "SELECT to_number, body, status FROM sms_outbox WHERE shop_id = @shop ORDER BY id", new { shop = shop.ShopId })).ToList();
        var stops = await connection.QueryAsync<string?>("SELECT from_number FROM sms_events WHERE shop_id = @shop AND kind = 'stop'", new { shop = shop.ShopId });

        Assert.StartsWith("2 SMS anonymisé(s)", account);
        Assert.Contains("dont 1 en attente annulé(s)", account);
        Assert.Equal(("", "[effacé à la demande du destinataire]", "sent"), rows[0]);
        Assert.Equal("+33622334455", rows[1].Number);
        Assert.Contains("Bonjour Bruno", rows[1].Body);
        Assert.Equal(("", "cancelled"), (rows[2].Number, rows[2].Status));
        Assert.Null(Assert.Single(stops));
        var stats = await shop.GetAsync($"{SmsShop.Sms}/campaigns/{campaign}/stats");
        Assert.Equal((2, 1), (stats.GetProperty("sent").GetInt32(), stats.GetProperty("stops").GetInt32()));
    }

    private static async Task<(long Alice, long Campaign)> AliceAndBrunoAsync(SmsShop shop, FakeGateway gateway)
    {
        await shop.UseGatewayAsync(gateway);
        var alice = await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        await shop.ContactAsync("Bruno", "06 22 33 44 55", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/campaigns/{campaign}/send", new { });
        await shop.DeliverAsync();
        await shop.CallbackAsync(new { type = "inbound", from = "+33612345678", text = "STOP" }, await shop.CallbackSecretAsync());
        await shop.EnqueueAsync(new SmsRequest(SmsPurpose.Transactional, "sales:ready", alice, "Votre commande est prête"));
        return (alice, campaign);
    }
}
