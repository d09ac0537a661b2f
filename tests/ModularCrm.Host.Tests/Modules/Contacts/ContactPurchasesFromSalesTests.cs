using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ModularCrm.Host.Tests.Modules.Contacts;

/// <summary>
/// The contacts module fed by the real sales module (not by hand-written events): the payload contract between
/// the two is whatever sales actually publishes.
/// </summary>
public sealed class ContactPurchasesFromSalesTests
{
    [Fact]
    public async Task InvoiceAndCreditNoteValidatedInSales_AppearInTheContactsPurchaseHistory_AndBothModulesKeepRunning()
    {
        await using var shop = await ContactsShop.StartAsync();
        var contact = await shop.CreateAsync(new { lastName = "Revel", firstName = "Marie" });
        var sales = $"/api/shops/alpha/sales";
        var line = new { description = "Vase en grès", quantity = 2m, unitPriceExclVat = 50m, vatRate = 20m };

        var invoice = await PostAsync(shop, $"{sales}/invoices", new { customerId = contact, customerName = "Marie Revel", customerAddress = "3 rue des Potiers, 31000 Toulouse", lines = new[] { line } }, HttpStatusCode.Created);
        var invoiceId = invoice.GetProperty("id").GetString();
        await PostAsync(shop, $"{sales}/invoices/{invoiceId}/validate", new { date = "2026-03-10" }, HttpStatusCode.OK);
        var credit = await PostAsync(shop, $"{sales}/invoices/{invoiceId}/credit-notes", new { lines = new[] { line with { quantity = 1m } } }, HttpStatusCode.Created);
        var creditId = credit.GetProperty("id").GetString();
        await PostAsync(shop, $"{sales}/credit-notes/{creditId}/validate", new { date = "2026-03-12" }, HttpStatusCode.OK);

        var purchases = await ContactsShop.EventuallyAsync(() => shop.GetJsonAsync($"/contacts/{contact}/purchases"), p => p.GetProperty("purchases").GetArrayLength() >= 2);

        var rows = purchases.GetProperty("purchases").EnumerateArray().ToList();
        Assert.Equal([invoiceId, creditId], rows.Select(r => r.GetProperty("documentId").GetString()));
        Assert.Equal(50m, purchases.GetProperty("totalExclVat").GetDecimal());
        Assert.Equal("customer", (await shop.GetJsonAsync($"/contacts/{contact}")).GetProperty("lifecycle").GetString());
        var runtime = shop.App.Services.GetRequiredService<ModuleRuntime>();
        Assert.True(runtime.IsRunning("contacts"), runtime.FailureReason("contacts"));
        Assert.True(runtime.IsRunning("sales"), runtime.FailureReason("sales"));
    }

    private static async Task<JsonElement> PostAsync(ContactsShop shop, string path, object body, HttpStatusCode expected)
    {
        var response = await shop.Client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
