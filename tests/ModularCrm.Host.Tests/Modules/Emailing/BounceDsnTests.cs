using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Emailing;

public sealed class BounceDsnTests
{
    private const string Sink = "postfix's smtp-sink";

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task PostfixDsn_PostedRaw_IsHardBounceThatDisablesTheAddress()
    {
        await using var shop = await EmailingShop.StartAsync();
        var messageId = await SentMessageIdAsync(shop);

        var response = await PostAsync(shop, Sample("postfix-hard.eml", messageId), "message/rfc822");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdict = JsonDocument.Parse(body).RootElement;
        Assert.Equal(("hard", true), (verdict.GetProperty("kind").GetString(), verdict.GetProperty("addressDisabled").GetBoolean()));
        var next = await shop.CampaignAsync();
        var audience = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{next}/audience");
        Assert.Equal(1, audience.GetProperty("excluded").GetProperty("address_disabled").GetInt32());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task ExchangeDsn_PostedAsReportBody_IsHardBounce()
    {
        await using var shop = await EmailingShop.StartAsync();
        var messageId = await SentMessageIdAsync(shop);
        var raw = Sample("exchange-hard.eml", messageId);
        var body = raw[(raw.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

        var response = await PostAsync(shop, body, "multipart/report; report-type=delivery-status; boundary=\"5a1d9c3e-7b2f-4e61-9d0a-2c4b6e8f0a1b\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("addressDisabled").GetBoolean());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task DelayedDsn_DisablesTheAddressOnlyAtTheThirdSoftBounce()
    {
        await using var shop = await EmailingShop.StartAsync();
        var messageId = await SentMessageIdAsync(shop);

        var verdicts = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            var response = await PostAsync(shop, Sample("postfix-delayed.eml", messageId), "message/rfc822");
            verdicts.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("addressDisabled").GetBoolean());
        }

        Assert.Equal([false, false, true], verdicts);
        var campaign = (await shop.GetAsync($"{EmailingShop.Emailing}/campaigns")).EnumerateArray().First().GetProperty("id").GetInt64();
        Assert.Equal(1, (await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/stats")).GetProperty("softBounces").GetInt32());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task NotADsn_Is400NamingWhatIsMissing()
    {
        await using var shop = await EmailingShop.StartAsync();

        var response = await PostAsync(shop, "From: client@example.fr\nSubject: Re: automne\n\nMerci !\n", "message/rfc822");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("message/delivery-status", errors.GetProperty("dsn")[0].GetString());
    }

    private static async Task<string> SentMessageIdAsync(EmailingShop shop)
    {
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");
        return Assert.Single(shop.Sink.Messages()).Header("Message-ID");
    }

    private static Task<HttpResponseMessage> PostAsync(EmailingShop shop, string content, string contentType)
    {
        var body = new StringContent(content, Encoding.UTF8);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return shop.Client.PostAsync($"{EmailingShop.Emailing}/bounces", body);
    }

    private static string Sample(string name, string messageId) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ModularCrm.Modules.Emailing.Tests", "Tracking", "Dsn", "Samples", name))
            .Replace("{{MESSAGE_ID}}", messageId, StringComparison.Ordinal);
}
