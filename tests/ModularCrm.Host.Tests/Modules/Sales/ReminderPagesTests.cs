using System.Net;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Tests.Modules.Emailing;
using ModularCrm.Host.Users;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>The reminders page: each due step with a button that records it (and e-mails it when e-mailing is enabled).</summary>
public sealed class ReminderPagesTests
{
    private const string Root = "/shops/alpha/sales";

    [RequiresFileFact(SmtpSink.Executable, "postfix's smtp-sink")]
    public async Task Reminders_SendTheDueStepFromThePage_ItIsMailedRecordedAndNoLongerListed()
    {
        await using var shop = await EmailingShop.StartAsync(moreModules: "sales");
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var invoice = await ReminderMailTests.OverdueInvoiceAsync(shop, await ReminderMailTests.CustomerAsync(shop, "dora@example.fr", "Dora"));

        var listed = await staff.GetPageAsync($"{Root}/invoices/reminders");
        var sent = await staff.PostFormAsync($"{Root}/invoices/reminders", $"{Root}/invoices/{invoice}/reminders", new Dictionary<string, string> { ["step"] = "3" });
        await shop.RunJobAsync("deliver");

        Assert.Contains($"action=\"{Root}/invoices/{invoice}/reminders\"", listed);
        Assert.Contains("name=\"step\" value=\"3\"", listed);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("Relance n° 3 : facture FA2026-00001 – Boutique alpha", Assert.Single(shop.Sink.Messages()).Header("Subject"));
        Assert.DoesNotContain($"/invoices/{invoice}/reminders\"", await staff.GetPageAsync($"{Root}/invoices/reminders"));
    }

    [Fact]
    public async Task Reminders_StepAlreadyRecorded_PageShowsTheRefusal()
    {
        using var app = new CrmApp();
        var shopId = await app.CreateShopAsync("alpha", "contacts", "sales");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shopId);
        var sales = new SalesClient(app, await app.ClientForAsync(shopId), "alpha");
        var invoice = (await sales.ValidatedAsync("2026-03-01", "OnReceipt")).GetProperty("id").GetString();
        await sales.PostOkAsync($"invoices/{invoice}/reminders", new { step = 1 });

        var again = await staff.PostFormAsync($"{Root}/invoices/reminders", $"{Root}/invoices/{invoice}/reminders", new Dictionary<string, string> { ["step"] = "1" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("déjà enregistrée", await again.Content.ReadAsStringAsync());
    }
}
