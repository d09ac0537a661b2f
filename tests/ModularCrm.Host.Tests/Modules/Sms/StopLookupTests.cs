using System.Net;

namespace ModularCrm.Host.Tests.Modules.Sms;

public sealed class StopLookupTests
{
    [Fact]
    public async Task Stop_FromANumberNeverTexted_WithdrawsTheSmsConsentOfTheContactWhoseMobileItIs()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        var alice = await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        var bruno = await shop.ContactAsync("Bruno", "06 22 33 44 55", "granted");

        var stop = await shop.CallbackAsync(new { type = "inbound", from = "0612345678", text = "STOP" }, await shop.CallbackSecretAsync());

        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Contains("\"contacts\":1", await stop.Content.ReadAsStringAsync());
        Assert.Equal("withdrawn", await SmsConsentAsync(shop, alice));
        Assert.Equal("granted", await SmsConsentAsync(shop, bruno));
    }

    private static async Task<string?> SmsConsentAsync(SmsShop shop, long contact)
    {
        var consents = await shop.GetAsync($"{SmsShop.Contacts}/contacts/{contact}/consents");
        return consents.GetProperty("current").EnumerateArray().Single(c => c.GetProperty("channel").GetString() == "sms").GetProperty("status").GetString();
    }
}
