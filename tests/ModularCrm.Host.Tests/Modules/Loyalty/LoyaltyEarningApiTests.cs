using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Events;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>Earning from sales events through the real outbox and dispatcher: once per invoice, reversed by credit notes.</summary>
public sealed class LoyaltyEarningApiTests
{
    private static object PointsProgram(decimal threshold = 100, bool autoIssue = true) => new
    {
        name = "Points",
        kind = "points",
        pointsPerEuro = 1,
        threshold,
        rewardKind = "amount",
        rewardValue = 10,
        voucherValidityDays = 90,
        autoIssueCards = autoIssue,
    };

    [Fact]
    public async Task InvoiceValidated_DeliveredTwice_EarnsOnceIssuesTheCardAndConvertsAtTheThreshold()
    {
        using var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(PointsProgram());
        var invoice = Guid.NewGuid();

        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(invoice, 7, 120m));
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(invoice, 7, 120m));

        await shop.WaitForCardAsync(7, c => c.GetProperty("rewards").GetArrayLength() == 1);
        await LoyaltyShop.SettleAsync();
        var card = await shop.WaitForCardAsync(7, _ => true);
        Assert.Equal("auto", card.GetProperty("issuedHow").GetString());
        Assert.Equal(20m, LoyaltyShop.Balance(card));
        var reward = Assert.Single(card.GetProperty("rewards").EnumerateArray());
        Assert.Equal(10m, reward.GetProperty("value").GetDecimal());
        Assert.Equal("available", reward.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SameInvoice_DeliveredManyTimesByConcurrentDispatchers_EarnsOnce()
    {
        using var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(PointsProgram(threshold: 1000));
        var invoice = Guid.NewGuid();
        for (var i = 0; i < 12; i++)
        {
            await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(invoice, 8, 45m));
        }

        var dispatcher = shop.App.Services.GetRequiredService<EventDispatcher>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var pass = 0; pass < 5; pass++)
            {
                await dispatcher.RunOnceAsync(CancellationToken.None);
            }
        })));

        await shop.WaitForCardAsync(8, c => LoyaltyShop.Balance(c) > 0);
        await LoyaltyShop.SettleAsync();
        var card = await shop.WaitForCardAsync(8, _ => true);
        Assert.Equal(45m, LoyaltyShop.Balance(card));
    }

    [Fact]
    public async Task CreditNote_DeliveredTwice_TakesBackThePointsOfTheCreditedAmountOnce()
    {
        using var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(PointsProgram(threshold: 500));
        var invoice = Guid.NewGuid();
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(invoice, 9, 120m));
        await shop.WaitForCardAsync(9, c => LoyaltyShop.Balance(c) == 120m);

        var credit = Guid.NewGuid();
        await shop.PublishAsync("sales.credit_note.validated", LoyaltyShop.Credit(credit, invoice, 9, 50m));
        await shop.PublishAsync("sales.credit_note.validated", LoyaltyShop.Credit(credit, invoice, 9, 50m));

        await shop.WaitForCardAsync(9, c => LoyaltyShop.Balance(c) == 70m);
        await LoyaltyShop.SettleAsync();
        Assert.Equal(70m, LoyaltyShop.Balance(await shop.WaitForCardAsync(9, _ => true)));
    }

    [Fact]
    public async Task PaidProgram_EarnsOnPaymentNotOnValidation()
    {
        using var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(new { name = "Tampons", kind = "stamps", earnOn = "paid", threshold = 5, rewardKind = "gift", rewardLabel = "Un bouquet", autoIssueCards = true });
        var invoice = Guid.NewGuid();
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(invoice, 10, 30m));
        await LoyaltyShop.SettleAsync();
        var none = await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/cards?contactId=10");
        Assert.Equal(0, none.GetArrayLength());

        await shop.PublishAsync("sales.invoice.paid", new { invoiceId = invoice, number = "FA2026-00001", contactId = 10, totalInclVat = 30m, paidOn = "2026-03-15" });

        var card = await shop.WaitForCardAsync(10, c => LoyaltyShop.Balance(c) == 1m);
        Assert.Equal(4m, card.GetProperty("programs")[0].GetProperty("toNextReward").GetDecimal());
    }

    [Fact]
    public async Task CardWithoutAutoIssue_IsNotCreatedByAPurchase_ButIssuedOnDemandItEarns()
    {
        using var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(PointsProgram(threshold: 1000, autoIssue: false));
        var issued = await shop.Http.PostAsJsonAsync($"{shop.Base}/cards", new { contactId = 11, holderName = "Marie Revel", email = "Marie@Exemple.fr" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var again = await shop.Http.PostAsJsonAsync($"{shop.Base}/cards", new { contactId = 11 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 11, 80m));
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 12, 80m));

        await shop.WaitForCardAsync(11, c => LoyaltyShop.Balance(c) == 80m);
        await LoyaltyShop.SettleAsync();
        Assert.Equal(0, (await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/cards?contactId=12")).GetArrayLength());
    }
}
