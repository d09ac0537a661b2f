using System.Net;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Sms;

public sealed class SmsSettingsPageTests
{
    private const string Page = "/shops/alpha/sms/settings";
    private const string Password = "pw-Zq81-never-shown";

    [Fact]
    public async Task SettingsPage_SavedGatewayPassword_IsNeverShownBackAndAnEmptyFieldKeepsIt()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Admin, shop.ShopId);
        var fields = new Dictionary<string, string>
        {
            ["provider"] = "http", ["endpoint"] = gateway.Url, ["login"] = "alpha", ["password"] = Password, ["sender"] = "ALPHA",
            ["timeZone"] = "Europe/Paris", ["pricePerSms"] = "0,045", ["stopMention"] = "STOP au 36180", ["ratePerMinute"] = "",
        };

        var saved = await browser.PostFormAsync(Page, Page, fields);
        var shown = await browser.GetPageAsync($"{Page}?saved=1");
        var again = await browser.PostFormAsync(Page, Page, new Dictionary<string, string>(fields) { ["password"] = "" });
        var api = await shop.GetAsync($"{SmsShop.Sms}/settings");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Réglages enregistrés.", shown);
        Assert.Contains("data-password-set=\"true\"", shown);
        Assert.Contains("0,045", shown);
        Assert.DoesNotContain(Password, shown);
        Assert.DoesNotContain(Password, api.GetRawText());
        Assert.True(api.GetProperty("passwordSet").GetBoolean());
    }

    [Fact]
    public async Task Gateway_RefusingTheCredentials_LeavesThePasswordOutOfTheMessageAndTheLogs()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        await shop.SendAsync(HttpMethod.Put, $"{SmsShop.Sms}/settings", new { provider = "http", endpoint = gateway.Url, login = "alpha", password = Password, sender = "ALPHA" });
        var alice = await shop.ContactAsync("Alice", "06 12 34 56 78", null);
        var queued = await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/messages", new { contactId = alice, text = "Votre commande est prête.", promotional = false });
        gateway.FailNext(1, 401, echoCredentials: true);

        await shop.DeliverAsync();

        var message = await shop.GetAsync($"{SmsShop.Sms}/messages/{queued.GetProperty("id").GetInt64()}");
        Assert.Equal("failed", message.GetProperty("status").GetString());
        Assert.StartsWith("Passerelle SMS : 401", message.GetProperty("lastError").GetString());
        Assert.Contains("***", message.GetProperty("lastError").GetString());
        Assert.DoesNotContain(Password, message.GetRawText());
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"alpha:{Password}")), message.GetRawText());
        var logs = Directory.Exists(shop.App.LogDirectory)
            ? string.Concat(Directory.GetFiles(shop.App.LogDirectory).Select(f => ReadShared(f)))
            : string.Empty;
        Assert.DoesNotContain(Password, logs);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"alpha:{Password}")), logs);
    }

    [Fact]
    public async Task SettingsPage_EndpointWithCredentialsInIt_IsSentBackWithTheFieldError()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Admin, shop.ShopId);

        var response = await browser.PostFormAsync(Page, Page, new Dictionary<string, string> { ["provider"] = "http", ["endpoint"] = "https://alpha:secret@sms.example.fr/send" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("endpoint : ", html);
        Assert.DoesNotContain("alpha:secret@", html);
    }

    [Fact]
    public async Task SmsPage_ForAnEnglishUser_IsInEnglish()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        await browser.PostFormAsync("/shops/alpha/sms", "/account/language", new Dictionary<string, string> { ["language"] = "en" });

        var page = await browser.GetPageAsync("/shops/alpha/sms");
        var settings = await browser.GetPageAsync(Page);

        Assert.Contains("Text to a contact", page);
        Assert.Contains("New campaign", page);
        Assert.DoesNotContain("Nouvelle campagne", page);
        Assert.Contains("Callback address to give the operator", settings);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
