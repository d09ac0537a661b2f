using System.Net;
using ModularCrm.Host.Tests.Modules.Emailing;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

public sealed class SignupTests
{
    private const string Sink = "postfix's smtp-sink";

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task SignUp_SameAddressRepeatedAndAlreadySubscribed_OneConfirmationAndTheSameAnswerEachTime()
    {
        await using var shop = await NewsletterShop.StartAsync();
        await shop.ListAsync("actus", "Les actus");
        await shop.ListAsync("ateliers", "Les ateliers");
        await shop.SignUpAsync("ateliers", "bruno@example.fr");
        await shop.ConfirmAsync(NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Les ateliers"))));

        var answers = new List<string>();
        foreach (var (slug, email) in new[] { ("actus", "alice@example.fr"), ("actus", "alice@example.fr"), ("actus", "ALICE@example.fr"), ("ateliers", "bruno@example.fr") })
        {
            var response = await shop.SignUpAsync(slug, email);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add((await response.Content.ReadAsStringAsync()).Replace(email, "X", StringComparison.Ordinal).Replace("Les ateliers", "L", StringComparison.Ordinal).Replace("Les actus", "L", StringComparison.Ordinal));
        }

        Assert.Single(answers.Distinct());
        Assert.Single(await shop.DeliveredAsync("Les actus"));
        Assert.Single(await shop.DeliveredAsync("Les ateliers")); // the first sign-up's, none for the confirmed subscriber
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task SignUp_InvalidAddress_Returns400NamingTheFieldAndSendsNothing()
    {
        await using var shop = await NewsletterShop.StartAsync();
        await shop.ListAsync("actus", "Les actus");

        var response = await shop.SignUpAsync("actus", "alice@@example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Adresse e-mail : « alice@@example » n'est pas une adresse valide.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await shop.DeliveredAsync(string.Empty));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task SignUp_HoneypotFilled_AnswersAsUsualButSendsNothing()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var list = await shop.ListAsync("actus", "Les actus");

        var response = await shop.SignUpAsync("actus", "alice@example.fr", honeypot: "http://spam.example");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await shop.DeliveredAsync(string.Empty));
        Assert.Empty(await shop.SubscribersAsync(list));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Confirm_TamperedLink_IsRefusedAndRecordsNoConsent()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var list = await shop.ListAsync("actus", "Les actus");
        await shop.SignUpAsync("actus", "alice@example.fr");
        var link = NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Confirmez")));

        var (page, confirmed) = await shop.ConfirmAsync(link[..^2] + (link[^2] == 'A' ? "B" : "A") + link[^1]);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (page.StatusCode, confirmed.StatusCode));
        Assert.Equal("pending", Assert.Single(await shop.SubscribersAsync(list)).GetProperty("status").GetString());
        Assert.Equal(0, (await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts?search=alice")).GetArrayLength());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Confirm_AfterTheLinkExpired_IsRefusedAndTheJobErasesTheSignUp()
    {
        await using var shop = await NewsletterShop.StartAsync(s => s["Modules:newsletter:ConfirmationLifetime"] = "00:00:01");
        var list = await shop.ListAsync("actus", "Les actus");
        await shop.SignUpAsync("actus", "alice@example.fr");
        var link = NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Confirmez")));
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var (_, confirmed) = await shop.ConfirmAsync(link);
        await shop.RunJobAsync("expire-signups");

        Assert.Equal(HttpStatusCode.BadRequest, confirmed.StatusCode);
        Assert.Empty(await shop.SubscribersAsync(list));
        Assert.Equal(0, (await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts?search=alice")).GetArrayLength());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Confirm_ExistingContact_IsLinkedWithTheTopicConsentInItsLog()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var list = await shop.ListAsync("actus", "Les actus");
        var alice = await shop.Mail.ContactAsync("Alice", "Alice@Example.fr", null);
        await shop.SignUpAsync("actus", "alice@example.fr");

        await shop.ConfirmAsync(NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Confirmez"))));

        Assert.Equal(alice, Assert.Single(await shop.SubscribersAsync(list)).GetProperty("contactId").GetInt64());
        Assert.Single((await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts?search=alice")).EnumerateArray());
        var log = (await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts/{alice}/consents")).GetProperty("log");
        var granted = Assert.Single(log.EnumerateArray());
        Assert.Equal(("granted", "newsletter:double-opt-in"), (granted.GetProperty("status").GetString(), granted.GetProperty("source").GetString()));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task PublicPage_ShowsTheFormAndEmbedCodePostsToTheSameAddress()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var list = await shop.ListAsync("actus", "Les actus");
        using var visitor = shop.Mail.Anonymous();

        var page = await visitor.GetAsync($"{NewsletterShop.Public}/actus");
        var embed = (await shop.Mail.GetAsync($"{NewsletterShop.Api}/lists/{list}/embed")).GetProperty("html").GetString()!;
        var missing = await visitor.GetAsync($"{NewsletterShop.Public}/inconnue");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        const string Action = "action=\"http://localhost/p/alpha/newsletter/actus/subscribe\"";
        Assert.Contains(Action, await page.Content.ReadAsStringAsync());
        Assert.Contains(Action, embed);
        Assert.DoesNotContain("<script", embed);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task CreateList_BadSlugOrTaken_Returns400NamingTheField()
    {
        await using var shop = await NewsletterShop.StartAsync();
        await shop.ListAsync("actus", "Les actus");

        var bad = await shop.Mail.Client.PostAsync($"{NewsletterShop.Api}/lists", System.Net.Http.Json.JsonContent.Create(new { slug = "Actus Été", name = "" }));
        var taken = await shop.Mail.Client.PostAsync($"{NewsletterShop.Api}/lists", System.Net.Http.Json.JsonContent.Create(new { slug = "actus", name = "Encore" }));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = await bad.Content.ReadAsStringAsync();
        Assert.Contains("\"slug\"", errors);
        Assert.Contains("\"name\"", errors);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("existe déjà", await taken.Content.ReadAsStringAsync());
    }
}
