using System.Net;
using ModularCrm.Host.Tests.Modules.Emailing;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

public sealed class SubscriptionJourneyTests
{
    private const string Sink = "postfix's smtp-sink";

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Journey_SubscribeConfirmReceiveUnsubscribe_StopsThisNewsletterOnlyAndKeepsTheOther()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        var workshops = await shop.ListAsync("ateliers", "Les ateliers");

        // Subscribe to both: only confirmation mails, and nobody in the customer file before the clicks.
        Assert.Equal(HttpStatusCode.OK, (await shop.SignUpAsync("actus", "alice@example.fr", "Alice")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shop.SignUpAsync("ateliers", "alice@example.fr", "Alice")).StatusCode);
        var confirmations = await shop.DeliveredAsync("Confirmez votre inscription");
        Assert.Equal(2, confirmations.Count);
        Assert.All(confirmations, m => Assert.Contains("alice@example.fr", m.Header("To")));
        Assert.All(confirmations, m => Assert.Empty(m.Header("List-Unsubscribe")));
        Assert.Equal(0, (await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts?search=alice")).GetArrayLength());

        foreach (var confirmation in confirmations)
        {
            var (page, confirmed) = await shop.ConfirmAsync(NewsletterShop.ConfirmLink(confirmation));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<form method=\"post\">", await page.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Contains("Inscription confirmée", await confirmed.Content.ReadAsStringAsync());
        }

        var contact = Assert.Single((await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts?search=alice")).EnumerateArray());
        Assert.Equal(("prospect", "alice@example.fr"), (contact.GetProperty("lifecycle").GetString(), contact.GetProperty("email").GetString()));

        // The next issue arrives, through the e-mailing outbox: unsubscribe headers and link, tracking.
        var first = await shop.IssueAsync(news, "Les nouveautés de novembre", "## Bonjour\n\nDécouvrez [nos nouveautés](https://boutique-alpha.fr/nouveautes).");
        Assert.Equal(1, (await shop.SendIssueAsync(first)).GetProperty("recipients").GetInt32());
        var issue = Assert.Single(await shop.DeliveredAsync("Les nouveautés de novembre"));
        Assert.Contains("alice@example.fr", issue.Header("To"));
        Assert.Equal("List-Unsubscribe=One-Click", issue.Header("List-Unsubscribe-Post"));
        var unsubscribe = NewsletterShop.UnsubscribeLink(issue);
        Assert.StartsWith("http://localhost/p/alpha/emailing/u/", unsubscribe);
        Assert.Contains($"href=\"{unsubscribe}\"", issue.Body("text/html"));
        Assert.Contains("http://localhost/p/alpha/emailing/c/", issue.Body("text/html")); // the shop's link is tracked
        Assert.Contains("Découvrez", issue.Body("text/plain"));

        // The unsubscribe link (one-click POST, no login) leaves this newsletter only.
        using (var visitor = shop.Mail.Anonymous())
        {
            var page = await visitor.GetAsync(unsubscribe);
            Assert.Contains("Ne plus recevoir « Les actus »", await page.Content.ReadAsStringAsync());
            var left = await visitor.PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
            Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        }

        // emailing.unsubscribed marks the subscription at once (delivered in the background): no need of the next issue.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Assert.Single(await shop.SubscribersAsync(news)).GetProperty("status").GetString() != "unsubscribed" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var second = await shop.IssueAsync(news, "Les nouveautés de décembre", "Encore des nouveautés.");
        var sentSecond = await shop.SendIssueAsync(second);
        var workshop = await shop.IssueAsync(workshops, "Atelier couture samedi", "Inscrivez-vous à l'atelier.");
        Assert.Equal(1, (await shop.SendIssueAsync(workshop)).GetProperty("recipients").GetInt32());

        Assert.Equal(0, sentSecond.GetProperty("recipients").GetInt32());
        Assert.Empty(sentSecond.GetProperty("refused").EnumerateObject()); // already unsubscribed: not even offered to the outbox
        Assert.Empty(await shop.DeliveredAsync("Les nouveautés de décembre"));
        Assert.Contains("alice@example.fr", Assert.Single(await shop.DeliveredAsync("Atelier couture samedi")).Header("To"));
        Assert.Equal("unsubscribed", Assert.Single(await shop.SubscribersAsync(news)).GetProperty("status").GetString());
        Assert.Equal("confirmed", Assert.Single(await shop.SubscribersAsync(workshops)).GetProperty("status").GetString());
        var consents = await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts/{contact.GetProperty("id").GetInt64()}/consents");
        Assert.DoesNotContain(consents.GetProperty("current").EnumerateArray(), c => c.GetProperty("status").GetString() == "withdrawn"); // not blacklisted
        var stats = (await shop.Mail.GetAsync($"{NewsletterShop.Api}/issues/{first}/stats")).GetProperty("stats");
        Assert.Equal((1, 1, 1), (stats.GetProperty("sent").GetInt32(), stats.GetProperty("delivered").GetInt32(), stats.GetProperty("unsubscribes").GetInt32()));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task Resubscribe_AfterUnsubscribeLink_NeedsANewConfirmationThenReceivesAgain()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        await shop.SignUpAsync("actus", "alice@example.fr");
        var firstLink = NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Confirmez")));
        await shop.ConfirmAsync(firstLink);
        await shop.SendIssueAsync(await shop.IssueAsync(news, "Numéro un", "Texte."));
        using (var visitor = shop.Mail.Anonymous())
        {
            await visitor.PostAsync(NewsletterShop.UnsubscribeLink(Assert.Single(await shop.DeliveredAsync("Numéro un"))), new FormUrlEncodedContent([]));
        }

        await shop.SignUpAsync("actus", "alice@example.fr");
        var confirmations = await shop.DeliveredAsync("Confirmez");
        var secondLink = Assert.Single(confirmations.Select(NewsletterShop.ConfirmLink), l => l != firstLink); // the sink's file order is by second only
        await shop.ConfirmAsync(secondLink);
        var sent = await shop.SendIssueAsync(await shop.IssueAsync(news, "Numéro deux", "Texte."));

        Assert.Equal(2, confirmations.Count);
        Assert.Equal(1, sent.GetProperty("recipients").GetInt32());
        Assert.Single(await shop.DeliveredAsync("Numéro deux"));
    }
}
