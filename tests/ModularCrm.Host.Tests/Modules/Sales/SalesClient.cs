using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>The sales API of one shop, through real HTTP, plus read-only looks into the database for assertions.</summary>
internal sealed class SalesClient(CrmApp app, HttpClient http, string shop)
{
    public HttpClient Http => http;

    public string Base => $"/api/shops/{shop}/sales";

    public static async Task<SalesClient> StartAsync(CrmApp app, string shop = "alpha")
    {
        var id = await app.CreateShopAsync(shop, "contacts", "sales");
        return new SalesClient(app, await app.ClientForAsync(id), shop);
    }

    public static object Line(string description = "Vase en grès", decimal quantity = 2m, decimal price = 45.50m, decimal vat = 20m) =>
        new { description, quantity, unitPriceExclVat = price, vatRate = vat };

    public async Task<JsonElement> CreateInvoiceAsync(params object[] lines)
    {
        var response = await http.PostAsJsonAsync($"{Base}/invoices", new { customerId = 42, customerName = "Atelier Revel", customerAddress = "3 rue des Potiers, 31000 Toulouse", lines });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> DraftAsync() => await CreateInvoiceAsync(Line());

    public Task<HttpResponseMessage> ValidateAsync(string id, string date = "2026-03-10", string? terms = null, int? days = null) =>
        http.PostAsJsonAsync($"{Base}/invoices/{id}/validate", new { date, paymentTerms = terms, paymentDays = days });

    public async Task<JsonElement> ValidatedAsync(string date = "2026-03-10", string? terms = null, int? days = null)
    {
        var draft = await DraftAsync();
        var response = await ValidateAsync(draft.GetProperty("id").GetString()!, date, terms, days);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> PayAsync(string id, decimal amount, string date = "2026-03-15", string method = "Transfer") =>
        http.PostAsJsonAsync($"{Base}/invoices/{id}/payments", new { date, amount, method, reference = "VIR-1" });

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> (below <see cref="Base"/>) and returns the JSON, asserting the status.</summary>
    public async Task<JsonElement> PostOkAsync(string path, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await http.PostAsJsonAsync($"{Base}/{path}", body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body) => http.PostAsJsonAsync($"{Base}/{path}", body ?? new { });

    public Task<JsonElement> GetAsync(string path) => http.GetFromJsonAsync<JsonElement>($"{Base}/{path}");

    /// <summary>A draft order of two lines: 10 × 12,50 € at 20 % and 4 × 30 € at 5,5 %.</summary>
    public Task<JsonElement> DraftOrderAsync() =>
        PostOkAsync(
            "orders",
            new { customerId = 42, customerName = "Atelier Revel", customerAddress = "3 rue des Potiers, 31000 Toulouse", lines = new[] { Line("Tasse", 10m, 12.50m), Line("Livre de recettes", 4m, 30m, 5.5m) } },
            HttpStatusCode.Created);

    /// <summary>A validated order (<see cref="DraftOrderAsync"/>), returns its id.</summary>
    public async Task<string> ValidatedOrderAsync(string date = "2026-03-10")
    {
        var id = (await DraftOrderAsync()).GetProperty("id").GetString()!;
        await PostOkAsync($"orders/{id}/validate", new { date });
        return id;
    }

    public Task<HttpResponseMessage> DeliverAsync(string orderId, string date, params (int Line, decimal Quantity)[] lines) =>
        PostAsync($"orders/{orderId}/deliveries", new { date, lines = lines.Select(l => new { orderLineNo = l.Line, quantity = l.Quantity }) });

    /// <summary>Valid legal settings (SIRET 732 829 320 00074, VAT FR44732829320), reminders at +7, +15, +30 days.</summary>
    public static object LegalSettings(string? exemption = null) => new
    {
        legalName = "Poterie du Lauragais SARL",
        address = "12 chemin des Argiles, 31290 Villefranche-de-Lauragais",
        siret = "73282932000074",
        vatNumber = exemption is null ? "FR44732829320" : null,
        paymentTerms = "NetDays",
        paymentDays = 30,
        latePenaltyRatePercent = 12.5m,
        vatExemptionMention = exemption,
        reminderSteps = new[] { 7, 15, 30 },
    };

    public async Task<string> GetRawAsync(string id) => await http.GetStringAsync($"{Base}/invoices/{id}");

    public async Task<List<(string Name, JsonElement Payload)>> EventsAsync(string prefix = "sales.")
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = app.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        var rows = await connection.QueryAsync<(string Name, string Payload)>(
            "SELECT name, payload FROM core_events WHERE name LIKE @prefix ORDER BY id", new { prefix = prefix + "%" });
        return rows.Select(r => (r.Name, JsonSerializer.Deserialize<JsonElement>(r.Payload))).ToList();
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = app.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body}");
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }
}
