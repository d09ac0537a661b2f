using System.Net;

namespace ModularCrm.Host.Tests.Modules.Sms;

public sealed class MessageApiTests
{
    [Fact]
    public async Task Message_ServiceTextOnSundayWithDefaultFileProvider_IsWrittenAtOnce()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-29T10:00:00+01:00");
        var alice = await shop.ContactAsync("Alice", "06 12 34 56 78", null);

        var queued = await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/messages", new { contactId = alice, text = "{{ contact.first_name }}, votre commande est prête.", promotional = false });
        await shop.DeliverAsync();

        var file = Assert.Single(Directory.GetFiles(shop.Files, "*.sms", SearchOption.AllDirectories));
        var content = await File.ReadAllTextAsync(file);
        Assert.Contains("To: +33612345678", content);
        Assert.Contains("From: BOUTIQUE", content);
        Assert.EndsWith("\n\nAlice, votre commande est prête.\n", content); // no STOP mention on a service message
        var message = await shop.GetAsync($"{SmsShop.Sms}/messages/{queued.GetProperty("id").GetInt64()}");
        Assert.Equal("sent", message.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Message_PromotionalToContactWithoutConsent_IsRefusedNamingTheReason()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");
        var bruno = await shop.ContactAsync("Bruno", "06 22 33 44 55", null);

        var response = await shop.TrySendAsync(HttpMethod.Post, $"{SmsShop.Sms}/messages", new { contactId = bruno, text = "Promo !" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("contactId", body);
        Assert.Contains("consentement", body);
    }

    [Fact]
    public async Task Preview_TextWithCedilla_IsUcs2WithSegmentsOf67()
    {
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");

        var preview = await shop.SendAsync(HttpMethod.Post, $"{SmsShop.Sms}/preview", new { text = "Leçon de cuisine samedi, inscrivez-vous vite en boutique ou par téléphone !", promotional = true });

        Assert.Equal("UCS-2", preview.GetProperty("encoding").GetString());
        Assert.Equal(89, preview.GetProperty("characters").GetInt32()); // 75 + "\nSTOP au 36180"
        Assert.Equal(2, preview.GetProperty("segments").GetInt32());
        Assert.Equal(0.10m, preview.GetProperty("costPerMessage").GetDecimal()); // default 0,05 € per SMS
    }

    [Theory]
    [InlineData("0899 12 34 56", "sender", "surtaxé")]
    [InlineData("BOUTIQUE", "timeZone", "Mars/Olympus")]
    public async Task Settings_PremiumSenderOrUnknownZone_IsRefusedNamingTheField(string sender, string field, string reason)
    {
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");

        var response = await shop.TrySendAsync(HttpMethod.Put, $"{SmsShop.Sms}/settings", new { provider = "file", sender, timeZone = field == "timeZone" ? "Mars/Olympus" : null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"{field}\"", body);
        Assert.Contains(reason, body);
    }

    [Fact]
    public async Task Settings_Get_NeverShowsThePassword()
    {
        await using var gateway = await FakeGateway.StartAsync();
        await using var shop = await SmsShop.StartAsync("2026-11-24T10:00:00+01:00");

        await shop.UseGatewayAsync(gateway);
        var settings = await shop.GetAsync($"{SmsShop.Sms}/settings");

        Assert.DoesNotContain("s3cret", settings.GetRawText());
        Assert.True(settings.GetProperty("passwordSet").GetBoolean());
        Assert.Equal("http://localhost/p/alpha/sms/callback", settings.GetProperty("callbackUrl").GetString());
    }
}
