using System.Net.Http.Json;
using System.Text.Json;

namespace ModularCrm.Sales.Bench;

/// <summary>One customer's whole sales chain through the HTTP API, each step checked.</summary>
internal sealed class SalesChain(HttpClient http, string shop)
{
    private const string Day = "2026-03-10";

    private string Sales => $"/api/shops/{shop}/sales";

    /// <summary>Contact → quote → validate → accept → order → validate → delivery → invoice → validate → payment.</summary>
    public async Task RunAsync(int n)
    {
        var contact = await PostAsync($"/api/shops/{shop}/contacts/contacts", new { lastName = $"Client {n}", email = $"client{n}@example.fr" });
        var contactId = contact.GetProperty("contact").GetProperty("id").GetInt64();
        var lines = new[]
        {
            new { description = "Vase en grès", quantity = 2m, unitPriceExclVat = 45.50m, vatRate = 20m },
            new { description = "Livre de recettes", quantity = 1m, unitPriceExclVat = 30m, vatRate = 5.5m },
        };
        var quote = Id(await PostAsync($"{Sales}/quotes", new { customerId = contactId, customerName = $"Client {n}", customerAddress = "3 rue des Potiers, 31000 Toulouse", lines }));
        await PostAsync($"{Sales}/quotes/{quote}/validate", new { date = Day });
        await PostAsync($"{Sales}/quotes/{quote}/accept", new { date = Day });
        var order = Id(await PostAsync($"{Sales}/quotes/{quote}/order", new { }));
        await PostAsync($"{Sales}/orders/{order}/validate", new { date = Day });
        await PostAsync($"{Sales}/orders/{order}/deliveries", new { date = Day, lines = new[] { new { orderLineNo = 1, quantity = 2m }, new { orderLineNo = 2, quantity = 1m } } });
        var invoice = Id(await PostAsync($"{Sales}/orders/{order}/invoices", new { scope = "DeliveredNotInvoiced" }));
        var validated = await PostAsync($"{Sales}/invoices/{invoice}/validate", new { date = Day });
        var paid = await PostAsync($"{Sales}/invoices/{invoice}/payments", new { date = Day, amount = validated.GetProperty("totalInclVat").GetDecimal(), method = "Card" });
        if (paid.GetProperty("status").GetString() != "Paid")
        {
            throw new InvalidOperationException($"Chain {n}: invoice not paid: {paid}");
        }
    }

    /// <summary>A draft direct invoice (for the validation phase).</summary>
    public async Task<string> DraftInvoiceAsync() =>
        Id(await PostAsync($"{Sales}/invoices", new { customerId = 1, customerName = "Client", lines = new[] { new { description = "Bol", quantity = 1m, unitPriceExclVat = 12m, vatRate = 20m } } }));

    public Task ValidateInvoiceAsync(string id) => PostAsync($"{Sales}/invoices/{id}/validate", new { date = Day });

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        }

        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static string Id(JsonElement document) => document.GetProperty("id").GetString()!;
}
