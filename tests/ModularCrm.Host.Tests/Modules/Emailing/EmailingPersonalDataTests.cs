using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Emailing;

public sealed class EmailingPersonalDataTests
{
    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task ExportThenErase_Contact_ListsTheirMessagesThenAnonymisesThemKeepingCampaignCounts()
    {
        await using var shop = await EmailingShop.StartAsync();
        var alice = await shop.ContactAsync("Alice", "alice@example.fr", "granted");
        await shop.ContactAsync("Bruno", "bruno@example.fr", "granted");
        var campaign = await shop.CampaignAsync();
        await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Emailing}/campaigns/{campaign}/send", new { });
        await shop.RunJobAsync("deliver");

        var export = await shop.GetAsync($"{EmailingShop.Contacts}/contacts/{alice}/personal-data");
        var erased = await shop.SendAsync(HttpMethod.Post, $"{EmailingShop.Contacts}/contacts/{alice}/erase", null);

        var message = Assert.Single(export.GetProperty("emailing").GetProperty("messages").EnumerateArray());
        Assert.Equal(("alice@example.fr", "Alice, notre collection d'automne est là", "sent"),
            (message.GetProperty("toAddress").GetString(), message.GetProperty("subject").GetString(), message.GetProperty("status").GetString()));
        Assert.StartsWith("1 message(s) anonymisé(s)", erased.GetProperty("emailing").GetString());
        var addresses = await shop.App.Services.GetRequiredService<ShopDbFactory>().For(shop.ShopId, "emailing").QueryAsync<string>(
            "SELECT to_address FROM emailing_outbox WHERE shop_id = @shop AND campaign_id = @campaign ORDER BY to_address", new { campaign });
        Assert.Equal(["", "bruno@example.fr"], addresses);
        var stats = await shop.GetAsync($"{EmailingShop.Emailing}/campaigns/{campaign}/stats");
        Assert.Equal(2, stats.GetProperty("sent").GetInt32());
    }
}
