using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

/// <summary><c>emailing.unsubscribed</c>: the subscriber list shows an unsubscribe at once, not at the next issue.</summary>
public sealed class UnsubscribeEventTests
{
    private const string Sink = "postfix's smtp-sink";

    private static async Task<(NewsletterShop Shop, long News, long Workshops, string Unsubscribe)> SubscribedToBothAsync()
    {
        var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        var workshops = await shop.ListAsync("ateliers", "Les ateliers");
        await shop.SignUpAsync("actus", "alice@example.fr");
        await shop.SignUpAsync("ateliers", "alice@example.fr");
        foreach (var confirmation in await shop.DeliveredAsync("Confirmez"))
        {
            await shop.ConfirmAsync(NewsletterShop.ConfirmLink(confirmation));
        }

        await shop.SendIssueAsync(await shop.IssueAsync(news, "Numéro un", "Texte."));
        return (shop, news, workshops, NewsletterShop.UnsubscribeLink(Assert.Single(await shop.DeliveredAsync("Numéro un"))));
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task UnsubscribeLink_ThisList_MarksThatSubscriptionAtOnce_TheOtherStaysConfirmed()
    {
        var (shop, news, workshops, unsubscribe) = await SubscribedToBothAsync();
        await using var _ = shop;

        using (var visitor = shop.Mail.Anonymous())
        {
            await visitor.PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "1", ["scope"] = "topic" }));
        }

        var left = await WaitForStatusAsync(shop, news, "unsubscribed");
        Assert.Equal("unsubscribed", left.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, left.GetProperty("unsubscribedAt").ValueKind);
        Assert.Equal("confirmed", Assert.Single(await shop.SubscribersAsync(workshops)).GetProperty("status").GetString());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task UnsubscribeLink_Everything_MarksEverySubscriptionOfTheAddress()
    {
        var (shop, news, workshops, unsubscribe) = await SubscribedToBothAsync();
        await using var _ = shop;

        using (var visitor = shop.Mail.Anonymous())
        {
            await visitor.PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "1", ["scope"] = "all" }));
        }

        Assert.Equal("unsubscribed", (await WaitForStatusAsync(shop, workshops, "unsubscribed")).GetProperty("status").GetString());
        Assert.Equal("unsubscribed", Assert.Single(await shop.SubscribersAsync(news)).GetProperty("status").GetString());
    }

    [RequiresFileFact(SmtpSink.Executable, Sink)]
    public async Task UnsubscribedEvent_AnotherModulesTopicOrAnUnknownNewsletter_ChangesNothing()
    {
        var (shop, news, workshops, _) = await SubscribedToBothAsync();
        await using var __ = shop;
        var emailing = shop.Mail.App.Services.GetRequiredService<ShopDbFactory>().For(shop.Mail.ShopId, "emailing");

        foreach (var topic in new[] { "loyalty:bienvenue", "newsletter:inconnue" })
        {
            await emailing.InTransactionAsync(async tx =>
            {
                await tx.PublishAsync("emailing.unsubscribed", new { messageId = 1, contactId = (long?)null, email = "alice@example.fr", topic, source = "emailing:one-click", unsubscribedAt = DateTimeOffset.UtcNow });
                return 0;
            });
        }

        await Task.Delay(1500); // the deliveries run in the background: give them time to do (nothing)
        Assert.Equal("confirmed", Assert.Single(await shop.SubscribersAsync(news)).GetProperty("status").GetString());
        Assert.Equal("confirmed", Assert.Single(await shop.SubscribersAsync(workshops)).GetProperty("status").GetString());
    }

    private static async Task<JsonElement> WaitForStatusAsync(NewsletterShop shop, long listId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var row = Assert.Single(await shop.SubscribersAsync(listId));
            if (row.GetProperty("status").GetString() == status || DateTime.UtcNow > deadline)
            {
                return row;
            }

            await Task.Delay(100);
        }
    }
}
