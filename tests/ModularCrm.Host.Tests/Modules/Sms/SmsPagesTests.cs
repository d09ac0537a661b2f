using System.Net;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Sms;

public sealed class SmsPagesTests
{
    private const string Page = "/shops/alpha/sms";

    [Fact]
    public async Task MessageForm_PreviewThenSend_ShowsCountAndCostThenQueuesTheText()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-28T13:00:00+01:00"); // Saturday afternoon
        var alice = await shop.ContactAsync("Alice", "06 12 34 56 78", "granted");
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var fields = new Dictionary<string, string> { ["contactId"] = alice.ToString(System.Globalization.CultureInfo.InvariantCulture), ["text"] = "Bonjour {{ contact.first_name }} !", ["promotional"] = "on" };

        var form = await browser.GetPageAsync($"{Page}?contactId={alice}");
        var preview = await browser.PostFormAsync(Page, $"{Page}/message", new Dictionary<string, string>(fields) { ["action"] = "preview" });
        var sent = await browser.PostFormAsync(Page, $"{Page}/message", new Dictionary<string, string>(fields) { ["action"] = "send" });

        Assert.Contains("SMS à un contact", form);
        Assert.Contains($"value=\"{alice}\"", form);
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Bonjour Alice !\nSTOP au 36180", previewHtml);
        Assert.Contains("Encodage GSM-7 · 29 caractères · 1 SMS", previewHtml);
        var sentHtml = await sent.Content.ReadAsStringAsync();
        Assert.Contains("en file d'attente, envoi à partir du 30/11/2026 08:00", sentHtml);
    }

    [Fact]
    public async Task CampaignForm_WithoutSegment_IsSentBackWithTheFieldError()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var response = await browser.PostFormAsync(Page, $"{Page}/campaign", new Dictionary<string, string> { ["name"] = "Noël", ["text"] = "Promo", ["action"] = "send" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("segmentId : Choisissez le segment", await response.Content.ReadAsStringAsync());
    }
}
