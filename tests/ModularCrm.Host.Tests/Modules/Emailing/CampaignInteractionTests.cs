using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Emailing;

public sealed class CampaignInteractionTests
{
    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task CampaignMessage_Delivered_IsLoggedOnceOnTheContactEvenWhenSentAgain()
    {
        await using var shop = await EmailingShop.StartAsync();
        var alice = await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");

        // A sender that died before recording the message: it is sent again, and must not be logged twice.
        await shop.App.Services.GetRequiredService<ShopDbFactory>().For(shop.ShopId, "emailing").ExecuteAsync(
            "UPDATE emailing_outbox SET status = 'queued', sent_at = NULL WHERE shop_id = @shop AND campaign_id = @campaign", new { campaign });
        await shop.RunJobAsync("deliver");

        Assert.Equal(2, shop.Sink.Messages().Count);
        var interactions = await shop.GetAsync($"{EmailingShop.Contacts}/contacts/{alice}/interactions");
        var logged = Assert.Single(interactions.ValueKind == JsonValueKind.Array ? interactions.EnumerateArray() : interactions.GetProperty("items").EnumerateArray());
        Assert.Equal(("email_sent", "emailing"), (logged.GetProperty("kind").GetString(), logged.GetProperty("sourceModule").GetString()));
        Assert.Equal("Alice, notre collection d'automne est là", logged.GetProperty("subject").GetString());
    }
}
