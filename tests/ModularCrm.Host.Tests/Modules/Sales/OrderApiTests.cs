using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class OrderApiTests
{
    [Fact]
    public async Task Validate_DraftOrder_IsNumberedCoAndPublishesOrderValidatedWithLines()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.DraftOrderAsync()).GetProperty("id").GetString()!;

        var order = await sales.PostOkAsync($"orders/{id}/validate", new { date = "2026-03-10" });

        Assert.Equal("CO2026-0001", order.GetProperty("number").GetString());
        Assert.Equal("Validated", order.GetProperty("status").GetString());
        var (name, payload) = Assert.Single(await sales.EventsAsync("sales.order."));
        Assert.Equal("sales.order.validated", name);
        Assert.Equal(42, payload.GetProperty("contactId").GetInt64());
        Assert.Equal(125m + 120m, payload.GetProperty("totalExclVat").GetDecimal());
        Assert.Equal(25m + 6.60m, payload.GetProperty("totalVat").GetDecimal());
        Assert.Equal(2, payload.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task FromAcceptedQuote_CopiesLinesAndLinksBothWays()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var quote = await sales.PostOkAsync("quotes", new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line(), SalesClient.Line("Coupelle", 3m, 9.90m, 10m) } }, HttpStatusCode.Created);
        var quoteId = quote.GetProperty("id").GetString()!;
        await sales.PostOkAsync($"quotes/{quoteId}/validate", new { date = "2026-03-10" });
        await sales.PostOkAsync($"quotes/{quoteId}/accept", new { date = "2026-03-12" });

        var order = await sales.PostOkAsync($"quotes/{quoteId}/order", null, HttpStatusCode.Created);

        Assert.Equal("Draft", order.GetProperty("status").GetString());
        Assert.Equal(quoteId, order.GetProperty("quoteId").GetString());
        Assert.Equal("Atelier Revel", order.GetProperty("customerName").GetString());
        Assert.Equal(quote.GetProperty("totalInclVat").GetDecimal(), order.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(2, order.GetProperty("lines").GetArrayLength());
        Assert.Equal(order.GetProperty("id").GetString(), (await sales.GetAsync($"quotes/{quoteId}")).GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task FromQuote_NotAcceptedOrAlreadyConverted_Is409AndCreatesNothing()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var quoteId = (await sales.PostOkAsync("quotes", new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line() } }, HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var draft = await sales.PostAsync($"quotes/{quoteId}/order", null);
        await sales.PostOkAsync($"quotes/{quoteId}/validate", new { date = "2026-03-10" });
        await sales.PostOkAsync($"quotes/{quoteId}/accept", new { date = "2026-03-12" });
        await sales.PostOkAsync($"quotes/{quoteId}/order", null, HttpStatusCode.Created);
        var twice = await sales.PostAsync($"quotes/{quoteId}/order", null);

        await SalesClient.ProblemAsync(draft, HttpStatusCode.Conflict, "quote.invalid_transition");
        await SalesClient.ProblemAsync(twice, HttpStatusCode.Conflict, "quote.already_converted");
        Assert.Equal(1, await sales.CountAsync("sales_orders"));
    }

    [Fact]
    public async Task Edit_DraftReplacesLines_ValidatedIs409AndUnchanged()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.DraftOrderAsync()).GetProperty("id").GetString()!;
        var body = new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line("Bol", 1m, 20m) } };

        var edited = await sales.Http.PutAsJsonAsync($"{sales.Base}/orders/{id}", body);
        await sales.PostOkAsync($"orders/{id}/validate", new { date = "2026-03-10" });
        var before = await sales.Http.GetStringAsync($"{sales.Base}/orders/{id}");
        var frozen = await sales.Http.PutAsJsonAsync($"{sales.Base}/orders/{id}", body);

        Assert.Equal(24m, (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalInclVat").GetDecimal());
        var problem = await SalesClient.ProblemAsync(frozen, HttpStatusCode.Conflict, "order.invalid_transition");
        Assert.Equal("status", problem.GetProperty("field").GetString());
        Assert.Equal(before, await sales.Http.GetStringAsync($"{sales.Base}/orders/{id}"));
    }

    [Fact]
    public async Task Validate_TwiceOrWithoutLines_IsRefusedAndNoNumberIsConsumed()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = await sales.ValidatedOrderAsync();
        var empty = (await sales.PostOkAsync("orders", new { customerId = 42, customerName = "Atelier Revel", lines = Array.Empty<object>() }, HttpStatusCode.Created)).GetProperty("id").GetString()!;

        var again = await sales.PostAsync($"orders/{id}/validate", new { date = "2026-03-10" });
        var noLines = await sales.PostAsync($"orders/{empty}/validate", new { date = "2026-03-10" });
        var next = await sales.ValidatedOrderAsync();

        await SalesClient.ProblemAsync(again, HttpStatusCode.Conflict, "order.invalid_transition");
        await SalesClient.ProblemAsync(noLines, HttpStatusCode.UnprocessableEntity, "order.no_lines");
        Assert.Equal("CO2026-0002", (await sales.GetAsync($"orders/{next}")).GetProperty("number").GetString());
        Assert.Equal(2, (await sales.EventsAsync("sales.order.validated")).Count);
    }

    [Fact]
    public async Task Cancel_ValidatedOrder_IsCancelled_PartiallyDeliveredOrderIs409()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var free = await sales.ValidatedOrderAsync();
        var delivered = await sales.ValidatedOrderAsync();
        await sales.DeliverAsync(delivered, "2026-03-11", (1, 2m));

        var cancelled = await sales.PostOkAsync($"orders/{free}/cancel", null);
        var refused = await sales.PostAsync($"orders/{delivered}/cancel", null);

        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        await SalesClient.ProblemAsync(refused, HttpStatusCode.Conflict, "order.invalid_transition");
        Assert.Equal("PartiallyDelivered", (await sales.GetAsync($"orders/{delivered}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_UnknownOrder_Is404()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.GetAsync($"{sales.Base}/orders/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
