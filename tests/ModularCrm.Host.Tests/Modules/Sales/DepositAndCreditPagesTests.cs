using System.Net;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>Deposit invoices from the order page and partial credit notes from the invoice page, through the real pipeline.</summary>
public sealed class DepositAndCreditPagesTests
{
    private const string Root = "/shops/alpha/sales";

    [Fact]
    public async Task Deposit30PercentFromTheOrderPage_ValidatedIsDeductedOnTheFinalInvoiceMadeFromThatPage()
    {
        using var app = new CrmApp();
        var (staff, sales) = await StartAsync(app);
        var order = $"{Root}/orders/{await sales.ValidatedOrderAsync()}";

        var deposit = await staff.PostFormAsync(order, $"{order}/deposits", new Dictionary<string, string> { ["percentage"] = "30", ["amount"] = string.Empty });
        var depositId = Id(deposit);
        Assert.Equal(82.98m, (await sales.GetAsync($"invoices/{depositId}")).GetProperty("totalInclVat").GetDecimal());
        Assert.True((await sales.ValidateAsync(depositId)).IsSuccessStatusCode);
        var final = await staff.PostFormAsync(order, $"{order}/invoices", new Dictionary<string, string> { ["scope"] = "AllOrdered" });

        var invoice = await sales.GetAsync($"invoices/{Id(final)}");
        Assert.Equal(276.60m - 82.98m, invoice.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(depositId, invoice.GetProperty("deductedDepositInvoiceIds")[0].GetString());
    }

    [Fact]
    public async Task Deposit_BothPercentageAndAmount_IsRefusedOnTheOrderPageAndNothingIsCreated()
    {
        using var app = new CrmApp();
        var (staff, sales) = await StartAsync(app);
        var order = $"{Root}/orders/{await sales.ValidatedOrderAsync()}";

        var refused = await staff.PostFormAsync(order, $"{order}/deposits", new Dictionary<string, string> { ["percentage"] = "10", ["amount"] = "10" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"deposit-percentage-error\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await sales.CountAsync("sales_invoices"));
    }

    [Fact]
    public async Task PartialCreditNote_OneOfTwoVasesFromTheInvoicePage_CreditsThatQuantityAtTheInvoicesPrice()
    {
        using var app = new CrmApp();
        var (staff, sales) = await StartAsync(app);
        var invoice = $"{Root}/invoices/{(await sales.ValidatedAsync()).GetProperty("id").GetString()}";

        var created = await staff.PostFormAsync(invoice, $"{invoice}/credit-notes/lines", new Dictionary<string, string> { ["lines[1].quantity"] = "1", ["reason"] = "Vase fêlé" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var note = await sales.GetAsync($"credit-notes/{Id(created)}");
        var line = Assert.Single(note.GetProperty("lines").EnumerateArray());
        Assert.Equal((1m, 45.50m, 20m), (line.GetProperty("quantity").GetDecimal(), line.GetProperty("unitPriceExclVat").GetDecimal(), line.GetProperty("vatRate").GetDecimal()));
        Assert.Equal(54.60m, note.GetProperty("totalInclVat").GetDecimal());
    }

    [Fact]
    public async Task PartialCreditNote_MoreThanInvoiced_IsRefusedOnTheInvoicePageAndNoCreditNoteExists()
    {
        using var app = new CrmApp();
        var (staff, sales) = await StartAsync(app);
        var invoice = $"{Root}/invoices/{(await sales.ValidatedAsync()).GetProperty("id").GetString()}";

        var refused = await staff.PostFormAsync(invoice, $"{invoice}/credit-notes/lines", new Dictionary<string, string> { ["lines[1].quantity"] = "3" });
        var empty = await staff.PostFormAsync(invoice, $"{invoice}/credit-notes/lines", new Dictionary<string, string> { ["lines[1].quantity"] = string.Empty });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"credit-lines-lines-error\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(0, await sales.CountAsync("sales_credit_notes"));
    }

    private static async Task<(PageBrowser Staff, SalesClient Sales)> StartAsync(CrmApp app)
    {
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        return (await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop), new SalesClient(app, await app.ClientForAsync(shop), "alpha"));
    }

    private static string Id(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return redirect.Headers.Location!.OriginalString.Split('/')[^1];
    }
}
