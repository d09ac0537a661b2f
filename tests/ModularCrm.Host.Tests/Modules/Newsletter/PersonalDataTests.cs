using ModularCrm.Host.Tests.Modules.Emailing;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Newsletter;

public sealed class PersonalDataTests
{
    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task ExportAndErase_Contact_IncludeAndDeleteItsSubscriptions()
    {
        await using var shop = await NewsletterShop.StartAsync();
        var news = await shop.ListAsync("actus", "Les actus");
        await shop.SignUpAsync("actus", "alice@example.fr", "Alice");
        await shop.ConfirmAsync(NewsletterShop.ConfirmLink(Assert.Single(await shop.DeliveredAsync("Confirmez"))));
        var contact = Assert.Single(await shop.SubscribersAsync(news)).GetProperty("contactId").GetInt64();

        var export = await shop.Mail.GetAsync($"{EmailingShop.Contacts}/contacts/{contact}/personal-data");
        await shop.Mail.SendAsync(HttpMethod.Post, $"{EmailingShop.Contacts}/contacts/{contact}/erase", null);

        var subscription = Assert.Single(export.GetProperty("newsletter").GetProperty("subscriptions").EnumerateArray());
        Assert.Equal(("alice@example.fr", "confirmed"), (subscription.GetProperty("email").GetString(), subscription.GetProperty("status").GetString()));
        Assert.Empty(await shop.SubscribersAsync(news));
    }
}
