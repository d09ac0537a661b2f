using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Shops;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Emailing;

public sealed class CampaignApiTests
{
    private const string Sink = "postfix's smtp-sink";

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Campaign_ToSegment_ReachesOnlyLawfulRecipientsWithUnsubscribeHeadersAndLink()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var bruno = await shop.ContactAsync("Bruno", "bruno@example.fr", "granted");
        await shop.ContactAsync("Chloé", "chloe@example.fr", null);
        await shop.ContactAsync("Alice bis", "ALICE@example.fr", "granted");
        await shop.ContactAsync("Sans adresse", "", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Put, $"{EmailingShop.Contacts}/contacts/{bruno}/consents/email", new { status = "withdrawn" }); // just before sending

        var audience = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/audience");
        var sent = await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");

        Assert.Equal(1, audience.GetProperty("recipients").GetInt32());
        var excluded = audience.GetProperty("excluded");
        Assert.Equal((1, 1, 1, 1), (excluded.GetProperty("withdrawn").GetInt32(), excluded.GetProperty("no_consent").GetInt32(),
            excluded.GetProperty("duplicate_address").GetInt32(), excluded.GetProperty("no_address").GetInt32()));
        Assert.Equal(1, sent.GetProperty("recipients").GetInt32());
        var message = Assert.Single(shop.Sink.Messages());
        Assert.Contains("alice@example.fr", message.Header("To"));
        Assert.Contains("bonjour@boutique-alpha.fr", message.Header("From"));
        Assert.Equal("Alice, notre collection d'automne est là", message.Header("Subject"));
        var unsubscribe = UnsubscribeUrl(message);
        Assert.StartsWith("http://localhost/p/alpha/emailing/u/", unsubscribe);
        Assert.Equal("List-Unsubscribe=One-Click", message.Header("List-Unsubscribe-Post"));
        var html = message.Body("text/html");
        Assert.Contains("Bonjour Alice &amp; bienvenue", html);
        Assert.Contains($"href=\"{unsubscribe}\"", html);
        Assert.Contains("href=\"https://ailleurs.example/\"", html); // not an allowed host: left as is, not tracked
        Assert.DoesNotContain("href=\"https://boutique-alpha.fr", html); // tracked through a signed link
        Assert.Contains(unsubscribe, message.Body("text/plain"));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Unsubscribe_OneClickPostWithoutLogin_WithdrawsConsentInContactsLog()
    {
        await using var shop = await EmailingShop.StartAsync();
        var alice = await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");
        var url = UnsubscribeUrl(Assert.Single(shop.Sink.Messages()));
        using var anonymous = shop.Anonymous();

        var page = await anonymous.GetAsync(url);
        var oneClick = await anonymous.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\">", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        var consents = await shop.GetAsync($"{EmailingShop.Contacts}/contacts/{alice}/consents");
        var current = Assert.Single(consents.GetProperty("current").EnumerateArray());
        Assert.Equal(("email", "withdrawn", "emailing:one-click"), (current.GetProperty("channel").GetString(), current.GetProperty("status").GetString(), current.GetProperty("source").GetString()));
        Assert.Equal("withdrawn", consents.GetProperty("log").EnumerateArray().Last().GetProperty("status").GetString());
        var stats = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/stats");
        Assert.Equal(1, stats.GetProperty("unsubscribes").GetInt32());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Unsubscribe_FromTopic_KeepsGlobalConsentForOtherCampaigns()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var workshops = await shop.CampaignAsync(topic: "Ateliers");
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{workshops}/send", new { });
        await shop.RunJobAsync("deliver");
        using var anonymous = shop.Anonymous();

        var response = await anonymous.PostAsync(UnsubscribeUrl(Assert.Single(shop.Sink.Messages())), new FormUrlEncodedContent(new Dictionary<string, string> { ["scope"] = "topic", ["confirm"] = "1" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nextWorkshops = await shop.CampaignAsync(topic: "Ateliers");
        var news = await shop.CampaignAsync();
        var workshopAudience = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{nextWorkshops}/audience");
        Assert.Equal(0, workshopAudience.GetProperty("recipients").GetInt32());
        Assert.Equal(1, workshopAudience.GetProperty("excluded").GetProperty("topic_withdrawn").GetInt32());
        Assert.Equal(1, (await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{news}/audience")).GetProperty("recipients").GetInt32());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Tracking_ClickRedirectsOnlyToAllowedHosts_OpensAndClicksCountInStats()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");
        var html = Assert.Single(shop.Sink.Messages()).Body("text/html");
        var click = WebUtility.HtmlDecode(Regex.Match(html, "href=\"(http://localhost/p/alpha/emailing/c/[^\"]+)\"").Groups[1].Value);
        var pixel = Regex.Match(html, "src=\"(http://localhost/p/alpha/emailing/o/[^\"]+)\"").Groups[1].Value;
        using var anonymous = shop.Anonymous();

        var redirect = await anonymous.GetAsync(click);
        var opened = await anonymous.GetAsync(pixel);
        var tampered = await anonymous.GetAsync(click[..^3] + (click[^3] == 'A' ? "B" : "A") + click[^2..]);
        await shop.SendAsync(HttpMethod.Put, $"{EmailingShop.Emailing}/settings", new { allowedHosts = new[] { "autre-site.fr" } });
        var noLongerAllowed = await anonymous.GetAsync(click);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("https://boutique-alpha.fr/automne?src=mail&x=1", redirect.Headers.Location!.AbsoluteUri);
        Assert.Equal("image/gif", opened.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noLongerAllowed.StatusCode);
        var stats = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/stats");
        Assert.Equal((1, 1, 1, 1), (stats.GetProperty("sent").GetInt32(), stats.GetProperty("delivered").GetInt32(), stats.GetProperty("uniqueOpens").GetInt32(), stats.GetProperty("uniqueClicks").GetInt32()));
        Assert.Equal("https://boutique-alpha.fr/automne?src=mail&x=1", Assert.Single(stats.GetProperty("clicks").EnumerateArray()).GetProperty("url").GetString());
        Assert.Equal(1.0, stats.GetProperty("rates").GetProperty("open").GetDouble());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task PublicLinks_ModuleDisabledForShop_AreNotFound()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");
        var url = UnsubscribeUrl(Assert.Single(shop.Sink.Messages()));
        using var anonymous = shop.Anonymous();
        var before = await anonymous.GetAsync(url);

        await shop.App.Services.GetRequiredService<ShopModules>().DisableAsync(shop.ShopId, "emailing", null, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/p/nowhere/emailing/u/x.y")).StatusCode);
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task HardBounce_DisablesAddressThroughContacts_ExcludedFromNextCampaign()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");
        var messageId = Assert.Single(shop.Sink.Messages()).Header("Message-ID");

        var bounce = await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/bounces", new { messageId, kind = "hard", reason = "550 5.1.1 user unknown" });

        Assert.True(bounce.GetProperty("addressDisabled").GetBoolean());
        var next = await shop.CampaignAsync();
        var audience = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{next}/audience");
        Assert.Equal(1, audience.GetProperty("excluded").GetProperty("address_disabled").GetInt32());
        var stats = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/stats");
        Assert.Equal((1, 0), (stats.GetProperty("hardBounces").GetInt32(), stats.GetProperty("delivered").GetInt32()));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task TestSend_GoesToSignedInUserOnly_WithTestPrefix()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();

        var accepted = await shop.Client.PostAsJsonAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/test", new { });
        await shop.RunJobAsync("deliver");

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var message = Assert.Single(shop.Sink.Messages());
        Assert.Contains(EmailingShop.StaffEmail, message.Header("To"));
        Assert.Equal("[Test] Marie, notre collection d'automne est là", message.Header("Subject"));
        Assert.Equal("draft", (await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}")).GetProperty("status").GetString());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Preview_ForContact_RendersPersonalisedSubjectAndBody()
    {
        await using var shop = await EmailingShop.StartAsync();
        var alice = await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();

        var preview = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/preview?contactId={alice}");

        Assert.Equal("Alice, notre collection d'automne est là", preview.GetProperty("subject").GetString());
        Assert.Contains("Bonjour Alice", preview.GetProperty("html").GetString());
        Assert.Empty(shop.Sink.Messages());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Create_ShoutySpammySubject_ReturnsEveryWarning()
    {
        await using var shop = await EmailingShop.StartAsync();

        var created = await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns", new { name = "Soldes", subject = "CADEAU GRATUIT !!!", html = "<p>Soldes</p>", segmentId = 1 });

        var codes = created.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        Assert.Equal(["length", "all_caps", "exclamations", "spam_words", "no_personalisation"], codes);
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Create_HtmlTemplateThatDoesNotParse_Is400NamingFieldAndLine()
    {
        await using var shop = await EmailingShop.StartAsync();

        var response = await shop.Client.PostAsJsonAsync($"{EmailingShop.Emailing}/campaigns", new { name = "X", subject = "Bonjour {{ contact.first_name }}", html = "<p>\n{{ if }}</p>", segmentId = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.StartsWith("ligne 2", errors.GetProperty("html")[0].GetString());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Send_Twice_SecondIsConflictAndNothingIsEnqueuedTwice()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();

        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        var again = await shop.Client.PostAsJsonAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(shop.Sink.Messages());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Schedule_InTheFuture_IsEnqueuedByTheJobOnlyOnceDue()
    {
        await using var shop = await EmailingShop.StartAsync();
        await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();

        var scheduled = await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { at = DateTimeOffset.UtcNow.AddHours(1) });
        await shop.RunJobAsync("scheduled-campaigns");
        await shop.RunJobAsync("deliver");

        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        Assert.Empty(shop.Sink.Messages());

        await shop.App.Services.GetRequiredService<ShopDbFactory>().For(shop.ShopId, "emailing").ExecuteAsync(
            "UPDATE emailing_campaigns SET scheduled_at = @past WHERE shop_id = @shop AND id = @campaign", new { past = DateTimeOffset.UtcNow.AddMinutes(-1), campaign });
        await shop.RunJobAsync("scheduled-campaigns");
        await shop.RunJobAsync("deliver");

        Assert.Single(shop.Sink.Messages());
        Assert.Equal("sent", (await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}")).GetProperty("status").GetString());
    }

    private static string UnsubscribeUrl(EmlMessage message) => message.Header("List-Unsubscribe").Trim('<', '>');
}
