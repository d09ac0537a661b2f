using System.Net;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>Birthday and reward messages through the e-mailing and SMS modules' outboxes, once per card and occasion.</summary>
public sealed class LoyaltyMessageTests
{
    private const string Tuesday10h = "2026-11-24T10:00:00+01:00";
    private const string LoyaltyMessages = "SELECT COUNT(*) FROM loyalty_messages WHERE shop_id = @shop";

    [Fact]
    public async Task Birthday_JobsRunTwiceAndByTwoRunnersAtOnce_QueueOneMailAndOneSmsDeliveredToTheHolder()
    {
        await using var shop = await LoyaltyMessagesShop.StartAsync(Tuesday10h);
        await shop.StampProgramAsync(sendMessages: true);
        await shop.CardHolderAsync("Alice", "1990-11-24", "alice@example.fr", "06 12 34 56 78");
        await shop.CardHolderAsync("Bruno", "1985-03-02", "bruno@example.fr", "06 22 33 44 55");

        await Task.WhenAll(shop.RunJobAsync("loyalty", "birthdays"), shop.RunJobAsync("loyalty", "birthdays"));
        await shop.RunJobAsync("loyalty", "birthdays");
        await Task.WhenAll(shop.RunJobAsync("loyalty", "messages"), shop.RunJobAsync("loyalty", "messages"));
        await shop.RunJobAsync("loyalty", "messages");
        await shop.RunJobAsync("emailing", "deliver");
        await shop.RunJobAsync("sms", "deliver");

        Assert.Equal(1, await shop.CountAsync(LoyaltyMessages));
        Assert.Equal(1, await shop.CountAsync("SELECT COUNT(*) FROM emailing_outbox WHERE shop_id = @shop AND stream = 'loyalty:birthday'"));
        Assert.Equal(1, await shop.CountAsync("SELECT COUNT(*) FROM sms_outbox WHERE shop_id = @shop AND stream = 'loyalty:birthday'"));
        var mail = Assert.Single(shop.Sink.Messages());
        Assert.Contains("alice@example.fr", mail.Header("To"));
        Assert.Contains("Joyeux anniversaire Alice", mail.Header("Subject"));
        Assert.Contains("joyeux anniversaire", mail.Body("text/html"));
        var sms = Assert.Single(shop.Gateway.Requests);
        Assert.Equal("+33612345678", sms.Text("to"));
        Assert.StartsWith("Boutique alpha vous souhaite un joyeux anniversaire Alice !", sms.Text("text"));
        Assert.EndsWith("STOP au 36180", sms.Text("text"));
    }

    [Fact]
    public async Task Birthday_ShopWithoutEmailingNorSms_RecordsBothUnavailableAndQueuesNothing()
    {
        // Both modules are loaded in the host (their services resolve) but this shop did not enable them.
        await using var shop = await LoyaltyMessagesShop.StartAsync(Tuesday10h, "contacts", "sales", "loyalty");
        await shop.StampProgramAsync(sendMessages: true);
        await shop.CardHolderAsync("Alice", "1990-11-24", "alice@example.fr", "06 12 34 56 78");

        await shop.RunJobAsync("loyalty", "birthdays");
        await shop.RunJobAsync("loyalty", "messages");

        Assert.Equal(1, await shop.CountAsync(
            "SELECT COUNT(*) FROM loyalty_messages WHERE shop_id = @shop AND email_result = 'unavailable' AND sms_result = 'unavailable'"));
        Assert.Equal(0, await shop.CountAsync("SELECT COUNT(*) FROM emailing_outbox WHERE shop_id = @shop"));
        Assert.Equal(0, await shop.CountAsync("SELECT COUNT(*) FROM sms_outbox WHERE shop_id = @shop"));
    }

    [Fact]
    public async Task Birthday_ProgramWithoutTheSwitch_SendsNothing()
    {
        await using var shop = await LoyaltyMessagesShop.StartAsync(Tuesday10h);
        await shop.StampProgramAsync(sendMessages: false);
        await shop.CardHolderAsync("Alice", "1990-11-24", "alice@example.fr", "06 12 34 56 78");

        await shop.RunJobAsync("loyalty", "birthdays");
        await shop.RunJobAsync("loyalty", "messages");

        Assert.Equal(0, await shop.CountAsync(LoyaltyMessages));
        Assert.Equal(0, await shop.CountAsync("SELECT COUNT(*) FROM emailing_outbox WHERE shop_id = @shop"));
    }

    [Fact]
    public async Task Reward_CardReachingTheThreshold_GetsOneMailWithTheVoucherCodeAndNoSmsWithoutSmsConsent()
    {
        await using var shop = await LoyaltyMessagesShop.StartAsync(Tuesday10h);
        await shop.StampProgramAsync(sendMessages: true);
        var (alice, _) = await shop.CardHolderAsync("Alice", "1990-05-05", "alice@example.fr", "06 12 34 56 78", smsConsent: false);

        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), alice, 30m, "2026-11-20"));
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), alice, 45m, "2026-11-23"));
        await shop.WaitForCountAsync(LoyaltyMessages, 1);
        await Task.WhenAll(shop.RunJobAsync("loyalty", "messages"), shop.RunJobAsync("loyalty", "messages"));
        await shop.RunJobAsync("emailing", "deliver");
        await shop.RunJobAsync("sms", "deliver");

        var code = (await shop.SendAsync(HttpMethod.Get, $"{LoyaltyMessagesShop.Api}/loyalty/rewards?contactId={alice}", null))[0].GetProperty("code").GetString()!;
        var mail = Assert.Single(shop.Sink.Messages());
        Assert.Contains("récompense", mail.Header("Subject"));
        Assert.Contains(code, mail.Body("text/html"));
        Assert.Empty(shop.Gateway.Requests);
        Assert.Equal(1, await shop.CountAsync("SELECT COUNT(*) FROM loyalty_messages WHERE shop_id = @shop AND email_result = 'queued' AND sms_result = 'no_consent'"));
    }

    [Fact]
    public async Task EmailCard_FromTheCardPage_SendsThePrintableCardToTheHolder()
    {
        await using var shop = await LoyaltyMessagesShop.StartAsync(Tuesday10h);
        var (_, card) = await shop.CardHolderAsync("Alice", "1990-05-05", "alice@example.fr", "06 12 34 56 78");
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var page = $"/shops/alpha/loyalty/cards/{card}";

        var response = await browser.PostFormAsync(page, $"{page}/email", new Dictionary<string, string> { ["confirm"] = "1" });
        var done = await browser.GetPageAsync(response.Headers.Location!.ToString());
        await shop.RunJobAsync("emailing", "deliver");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Carte envoyée par e-mail", done);
        var mail = Assert.Single(shop.Sink.Messages());
        Assert.Contains("alice@example.fr", mail.Header("To"));
        Assert.Contains("Votre carte de fidélité Boutique alpha", mail.Header("Subject"));
        Assert.Contains(string.Join(' ', card.Chunk(4).Select(c => new string(c))), mail.Body("text/html"));
    }

    [Fact]
    public async Task EmailCard_HolderWithoutAnyAddress_IsAConflictNamingTheReason()
    {
        await using var shop = await LoyaltyMessagesShop.StartAsync(Tuesday10h);
        var created = await shop.SendAsync(HttpMethod.Post, $"{LoyaltyMessagesShop.Api}/contacts/contacts", new { kind = "person", firstName = "Chloé", lastName = "Sans" });
        var card = await shop.SendAsync(HttpMethod.Post, $"{LoyaltyMessagesShop.Api}/loyalty/cards", new { contactId = created.GetProperty("contact").GetProperty("id").GetInt64() });

        var response = await shop.Client.PostAsync($"{LoyaltyMessagesShop.Api}/loyalty/cards/{card.GetProperty("number").GetString()}/email", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("card.no_email", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProgramPage_SwitchTicked_SavesTheProgramWithMessages()
    {
        await using var shop = await LoyaltyMessagesShop.StartAsync(Tuesday10h, "contacts", "sales", "loyalty");
        using var browser = await PageBrowser.SignedInAsync(shop.App, ShopRole.Admin, shop.ShopId);
        const string New = "/shops/alpha/loyalty/programs/new";

        var form = await browser.GetPageAsync(New);
        var saved = await browser.PostFormAsync(New, New, new Dictionary<string, string>
        {
            ["name"] = "Tampons", ["kind"] = "stamps", ["threshold"] = "5", ["rewardKind"] = "amount", ["rewardValue"] = "10", ["earnOn"] = "validated",
            ["active"] = "on", ["sendMessages"] = "on",
        });

        Assert.Contains("name=\"sendMessages\"", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var programs = await shop.SendAsync(HttpMethod.Get, $"{LoyaltyMessagesShop.Api}/loyalty/programs", null);
        Assert.True(programs[0].GetProperty("sendMessages").GetBoolean());
    }
}
