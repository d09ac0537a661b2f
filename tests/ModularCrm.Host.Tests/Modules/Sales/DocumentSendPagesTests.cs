using System.Net;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Tests.Modules.Emailing;
using ModularCrm.Host.Users;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>"Send by e-mail" on the quote and invoice pages: the PDF to the customer through the e-mailing module, or a clear refusal.</summary>
public sealed class DocumentSendPagesTests
{
    private const string Root = "/shops/alpha/sales";
    private const string Api = "/api/shops/alpha/sales";

    [RequiresFilesFact("postfix's smtp-sink and Chromium", SmtpSink.Executable, "/usr/bin/chromium")]
    public async Task SendQuote_FromItsPage_ArrivesWithThePdfAndIsLoggedOnTheContactAndInTheTrail()
    {
        await using var shop = await EmailingShop.StartAsync(moreModules: "sales");
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var contact = await ReminderMailTests.CustomerAsync(shop, "carole@example.fr", "Carole");
        var quote = (await shop.SendAsync(HttpMethod.Post, $"{Api}/quotes", new { customerId = contact, customerName = "Carole Martin", lines = new[] { SalesClient.Line() } }))
            .GetProperty("id").GetString();
        await shop.SendAsync(HttpMethod.Post, $"{Api}/quotes/{quote}/validate", new { date = "2026-03-10" });
        var page = $"{Root}/quotes/{quote}";

        var sent = await staff.PostFormAsync(page, $"{page}/send", new Dictionary<string, string>());
        await shop.RunJobAsync("deliver");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var message = Assert.Single(shop.Sink.Messages());
        Assert.Equal("Devis DE2026-0001 – Boutique alpha", message.Header("Subject"));
        Assert.Contains("carole@example.fr", message.Header("To"));
        Assert.Contains("Bonjour Carole Martin", message.Body("text/plain"));
        Assert.Single(message.Parts, p => p.ContentType.StartsWith("application/pdf", StringComparison.Ordinal));
        Assert.Contains("envoyé par e-mail", await staff.GetPageAsync(page));
        var interactions = await shop.GetAsync($"{EmailingShop.Contacts}/contacts/{contact}/interactions");
        var logged = Assert.Single(interactions.ValueKind == JsonValueKind.Array ? interactions.EnumerateArray() : interactions.GetProperty("items").EnumerateArray());
        Assert.Equal("sales", logged.GetProperty("sourceModule").GetString());
    }

    [Fact]
    public async Task SendInvoice_ShopWithoutEmailing_PageSaysSoAndNothingIsLogged()
    {
        using var app = new CrmApp();
        var (staff, sales) = await WithoutEmailingAsync(app);
        var page = $"{Root}/invoices/{(await sales.ValidatedAsync()).GetProperty("id").GetString()}";

        var refused = await staff.PostFormAsync(page, $"{page}/send", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("L'envoi d'e-mails n'est pas activé", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("envoyé par e-mail", await staff.GetPageAsync(page));
        staff.Dispose();
    }

    [Fact]
    public async Task SendDraftInvoice_IsRefusedWithItsReason_AndTheDraftsPageOffersNoSend()
    {
        using var app = new CrmApp();
        var (staff, sales) = await WithoutEmailingAsync(app);
        var draft = (await sales.DraftAsync()).GetProperty("id").GetString();

        var refused = await sales.PostAsync($"invoices/{draft}/send", null);

        await SalesClient.ProblemAsync(refused, HttpStatusCode.Conflict, "mail.draft_not_sent");
        Assert.DoesNotContain($"/invoices/{draft}/send", await staff.GetPageAsync($"{Root}/invoices/{draft}"));
        staff.Dispose();
    }

    private static async Task<(PageBrowser Staff, SalesClient Sales)> WithoutEmailingAsync(CrmApp app)
    {
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        return (await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop), new SalesClient(app, await app.ClientForAsync(shop), "alpha"));
    }
}
