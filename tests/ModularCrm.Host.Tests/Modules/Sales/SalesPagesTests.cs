using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>The sales overview page and the sales figures of the shop's home page, as staff see them.</summary>
public sealed class SalesPagesTests
{
    [Fact]
    public async Task Overview_AfterAnInvoiceIsValidated_ListsItWithItsPrintViewAndPdfLinks()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var invoice = await sales.ValidatedAsync("2026-03-10");
        var id = invoice.GetProperty("id").GetString();
        var number = invoice.GetProperty("number").GetString()!;
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, await ShopIdAsync(app));

        var page = await staff.GetPageAsync("/shops/alpha/sales");

        Assert.Contains("<h1>Ventes</h1>", page);
        Assert.Contains($"<th scope=\"row\"><a href=\"/shops/alpha/sales/invoices/{id}\">{number}</a></th>", page);
        Assert.Contains("Atelier Revel", page);
        Assert.Contains("10/03/2026", page);
        Assert.Contains("impayée", page);
        Assert.Contains($"href=\"/api/shops/alpha/sales/invoices/{id}/html\"", page);
        var print = await staff.Client.GetAsync($"/api/shops/alpha/sales/invoices/{id}/html");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Contains(number, await print.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Home_WithAQuoteSentAndAnOverdueInvoice_ShowsThemAndTheRevenueChart()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var quote = await sales.PostOkAsync("quotes", new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line() } }, HttpStatusCode.Created);
        await sales.PostOkAsync($"quotes/{quote.GetProperty("id").GetString()}/validate", new { date = DateTime.UtcNow.ToString("yyyy-MM-dd"), validUntil = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd") });
        var overdueDate = DateTime.UtcNow.AddDays(-60).ToString("yyyy-MM-dd");
        await sales.ValidatedAsync(overdueDate, terms: "NetDays", days: 30);
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, await ShopIdAsync(app));

        var home = await staff.GetPageAsync("/shops/alpha");

        Assert.Contains("Devis à suivre", home);
        Assert.Contains("Factures en retard", home);
        Assert.Contains("109,20", home);
        Assert.Contains("affaires HT, 6 derniers mois", home);
        Assert.Contains("<svg", home);
    }

    private static async Task<long> ShopIdAsync(CrmApp app) =>
        (await app.Services.GetRequiredService<ModularCrm.Host.Shops.ShopStore>().FindAsync("alpha", CancellationToken.None))!.Id;
}
