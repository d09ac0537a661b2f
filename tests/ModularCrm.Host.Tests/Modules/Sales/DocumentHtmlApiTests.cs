using System.Net;
using System.Net.Http.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class DocumentHtmlApiTests
{
    [Fact]
    public async Task InvoiceHtml_CarriesNumberCustomerTotalsAndLegalMentions()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        await sales.Http.PutAsJsonAsync($"{sales.Base}/settings", SalesClient.LegalSettings());
        var order = await sales.ValidatedOrderAsync();
        var draft = await sales.PostOkAsync($"orders/{order}/invoices", new { scope = "AllOrdered" }, HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetString()!;
        await sales.PostOkAsync($"invoices/{id}/validate", new { date = "2026-03-11" });

        var response = await sales.Http.GetAsync($"{sales.Base}/invoices/{id}/html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Facture", html);
        Assert.Contains("FA2026-00001", html);
        Assert.Contains("Atelier Revel", html);
        Assert.Contains("Commande CO2026-0001", html);
        Assert.Contains("276,60\u00a0€", html);
        Assert.Contains("31,60\u00a0€", html);
        Assert.Contains("SIRET 732 829 320 00074", html);
        Assert.Contains("FR44732829320", html);
        Assert.Contains("12,5 %", html);
        Assert.Contains("frais de recouvrement", html);
        Assert.Contains("40,00", html);
        Assert.Contains("10/04/2026", html);
    }

    [Fact]
    public async Task EveryDocumentType_RendersHtml_AndAnExemptShopPrintsItsVatMention()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        await sales.Http.PutAsJsonAsync($"{sales.Base}/settings", SalesClient.LegalSettings("TVA non applicable, art. 293 B du CGI"));
        var quote = (await sales.PostOkAsync("quotes", new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line() } }, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var order = await sales.ValidatedOrderAsync();
        var note = (await (await sales.DeliverAsync(order, "2026-03-11", (1, 2m))).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        var invoice = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;
        var credit = (await sales.PostOkAsync($"invoices/{invoice}/credit-notes", new { full = true }, HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var pages = new Dictionary<string, string>();
        foreach (var path in new[] { $"quotes/{quote}", $"orders/{order}", $"deliveries/{note}", $"invoices/{invoice}", $"credit-notes/{credit}" })
        {
            var response = await sales.Http.GetAsync($"{sales.Base}/{path}/html");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            pages[path.Split('/')[0]] = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("Devis", pages["quotes"]);
        Assert.Contains("BROUILLON", pages["quotes"]);
        Assert.Contains("CO2026-0001", pages["orders"]);
        Assert.Contains("BL2026-0001", pages["deliveries"]);
        Assert.DoesNotContain("PU HT", pages["deliveries"]);
        Assert.Contains("Avoir sur la facture FA2026-00001", pages["credit-notes"]);
        Assert.Contains("TVA non applicable, art. 293 B du CGI", pages["invoices"]);
    }

    [Fact]
    public async Task Html_WithoutLegalSettings_StillRendersWithAWarning_UnknownIs404()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var invoice = (await sales.DraftAsync()).GetProperty("id").GetString()!;

        var html = await sales.Http.GetStringAsync($"{sales.Base}/invoices/{invoice}/html");
        var unknown = await sales.Http.GetAsync($"{sales.Base}/invoices/{Guid.NewGuid()}/html");

        Assert.Contains("Mentions légales non configurées", html);
        Assert.Contains("BROUILLON", html);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
