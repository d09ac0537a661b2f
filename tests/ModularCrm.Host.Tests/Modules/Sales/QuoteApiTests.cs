using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class QuoteApiTests
{
    [Fact]
    public async Task ValidateThenAccept_Quote_IsNumberedAndPublishesAccepted()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = await DraftAsync(sales);

        var validated = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/validate", new { date = "2026-03-10" });
        var accepted = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/accept", new { date = "2026-03-20" });

        var quote = await validated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("DE2026-0001", quote.GetProperty("number").GetString());
        Assert.Equal("2026-04-09", quote.GetProperty("validUntil").GetString());
        Assert.Equal("Accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var (name, payload) = Assert.Single(await sales.EventsAsync());
        Assert.Equal("sales.quote.accepted", name);
        Assert.Equal("DE2026-0001", payload.GetProperty("number").GetString());
        Assert.Equal(109.20m, payload.GetProperty("totalInclVat").GetDecimal());
    }

    [Fact]
    public async Task Accept_AfterValidity_Is409ExpiredAndStaysValidated()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = await DraftAsync(sales);
        await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/validate", new { date = "2026-03-10", validUntil = "2026-03-31" });

        var response = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/accept", new { date = "2026-04-01" });

        await SalesClient.ProblemAsync(response, HttpStatusCode.Conflict, "quote.expired");
        Assert.Contains("\"Validated\"", await sales.Http.GetStringAsync($"{sales.Base}/quotes/{id}"));
        Assert.Empty(await sales.EventsAsync());
    }

    [Fact]
    public async Task RefusedQuote_CannotBeAcceptedEditedOrValidatedAgain()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = await DraftAsync(sales);
        await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/validate", new { date = "2026-03-10" });
        Assert.Equal(HttpStatusCode.OK, (await sales.Http.PostAsync($"{sales.Base}/quotes/{id}/refuse", null)).StatusCode);
        var before = await sales.Http.GetStringAsync($"{sales.Base}/quotes/{id}");

        var accept = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/accept", new { date = "2026-03-11" });
        var edit = await sales.Http.PutAsJsonAsync($"{sales.Base}/quotes/{id}", new { customerId = 42, customerName = "A", lines = new[] { SalesClient.Line("Autre") } });
        var validate = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/validate", new { date = "2026-03-11" });

        await SalesClient.ProblemAsync(accept, HttpStatusCode.Conflict, "quote.invalid_transition");
        await SalesClient.ProblemAsync(edit, HttpStatusCode.Conflict, "quote.invalid_transition");
        await SalesClient.ProblemAsync(validate, HttpStatusCode.Conflict, "quote.invalid_transition");
        Assert.Equal(before, await sales.Http.GetStringAsync($"{sales.Base}/quotes/{id}"));
        var next = await DraftAsync(sales);
        var numbered = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{next}/validate", new { date = "2026-03-11" });
        Assert.Equal("DE2026-0002", (await numbered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());
    }

    [Fact]
    public async Task Accept_Draft_Is409AndValidityBeforeDateIs422()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = await DraftAsync(sales);

        var accept = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/accept", new { date = "2026-03-11" });
        var validate = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes/{id}/validate", new { date = "2026-03-10", validUntil = "2026-03-01" });

        await SalesClient.ProblemAsync(accept, HttpStatusCode.Conflict, "quote.invalid_transition");
        var problem = await SalesClient.ProblemAsync(validate, HttpStatusCode.UnprocessableEntity, "quote.validity_invalid");
        Assert.Equal("validUntil", problem.GetProperty("field").GetString());
        Assert.Contains("\"Draft\"", await sales.Http.GetStringAsync($"{sales.Base}/quotes/{id}"));
    }

    private static async Task<string> DraftAsync(SalesClient sales)
    {
        var response = await sales.Http.PostAsJsonAsync($"{sales.Base}/quotes", new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line() } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
