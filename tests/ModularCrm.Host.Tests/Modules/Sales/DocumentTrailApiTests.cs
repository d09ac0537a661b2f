using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class DocumentTrailApiTests
{
    [Fact]
    public async Task Links_WalkQuoteOrderDeliveryInvoiceCreditNoteBothWays()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var quote = Id(await sales.PostOkAsync("quotes", new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line() } }, HttpStatusCode.Created));
        await sales.PostOkAsync($"quotes/{quote}/validate", new { date = "2026-03-10" });
        await sales.PostOkAsync($"quotes/{quote}/accept", new { date = "2026-03-10" });
        var order = Id(await sales.PostOkAsync($"quotes/{quote}/order", null, HttpStatusCode.Created));
        await sales.PostOkAsync($"orders/{order}/validate", new { date = "2026-03-10" });
        var note = Id(await (await sales.DeliverAsync(order, "2026-03-11", (1, 2m))).Content.ReadFromJsonAsync<JsonElement>());
        var invoice = Id(await sales.PostOkAsync($"orders/{order}/invoices", new { deliveryNoteIds = new[] { note } }, HttpStatusCode.Created));
        await sales.PostOkAsync($"invoices/{invoice}/validate", new { date = "2026-03-11" });
        var credit = Id(await sales.PostOkAsync($"invoices/{invoice}/credit-notes", new { full = true }, HttpStatusCode.Created));

        var orderLinks = await Links(sales, "order", order);
        var invoiceLinks = await Links(sales, "invoice", invoice);

        Assert.Contains(("source", "quote", quote), orderLinks);
        Assert.Contains(("follow_up", "delivery_note", note), orderLinks);
        Assert.Contains(("follow_up", "invoice", invoice), orderLinks);
        Assert.Contains(("source", "order", order), invoiceLinks);
        Assert.Contains(("source", "delivery_note", note), invoiceLinks);
        Assert.Contains(("follow_up", "credit_note", credit), invoiceLinks);
        Assert.Equal([("source", "invoice", invoice)], await Links(sales, "credit_note", credit));
    }

    [Fact]
    public async Task Audit_SaysWhoDidWhatWhen_UnknownTypeIs404()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = (await sales.DraftOrderAsync()).GetProperty("id").GetString()!;
        await sales.PostOkAsync($"orders/{order}/validate", new { date = "2026-03-10" });
        await sales.PostAsync($"orders/{order}/validate", new { date = "2026-03-10" });

        var audit = await sales.GetAsync($"documents/order/{order}/audit");
        var unknown = await sales.Http.GetAsync($"{sales.Base}/documents/banana/{order}/audit");

        Assert.Equal(["created", "validated"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        var validated = audit[1];
        Assert.Equal("CO2026-0001", validated.GetProperty("detail").GetString());
        Assert.EndsWith("@example.fr", validated.GetProperty("user").GetString());
        Assert.False(string.IsNullOrEmpty(validated.GetProperty("at").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<List<(string, string, string)>> Links(SalesClient sales, string type, string id) =>
        (await sales.GetAsync($"documents/{type}/{id}/links")).EnumerateArray()
            .Select(l => (l.GetProperty("direction").GetString()!, l.GetProperty("type").GetString()!, l.GetProperty("id").GetString()!))
            .ToList();

    private static string Id(JsonElement document) => document.GetProperty("id").GetString()!;
}
