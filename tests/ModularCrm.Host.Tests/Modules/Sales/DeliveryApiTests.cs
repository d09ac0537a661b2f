using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class DeliveryApiTests
{
    [Fact]
    public async Task Deliver_InTwoParts_NumbersBlAndMovesOrderToPartiallyThenDelivered()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();

        var first = await sales.DeliverAsync(order, "2026-03-11", (1, 4m), (2, 4m));
        var afterFirst = await sales.GetAsync($"orders/{order}");
        var second = await sales.DeliverAsync(order, "2026-03-12", (1, 6m));

        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        Assert.Equal("BL2026-0001", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());
        Assert.Equal("PartiallyDelivered", afterFirst.GetProperty("status").GetString());
        Assert.Equal(6m, afterFirst.GetProperty("progress")[0].GetProperty("remainingToDeliver").GetDecimal());
        Assert.Equal("BL2026-0002", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());
        Assert.Equal("Delivered", (await sales.GetAsync($"orders/{order}")).GetProperty("status").GetString());
        Assert.Equal(2, (await sales.GetAsync($"orders/{order}/deliveries")).GetArrayLength());
        var events = await sales.EventsAsync("sales.delivery.");
        Assert.Equal(2, events.Count);
        Assert.Equal("PartiallyDelivered", events[0].Payload.GetProperty("orderStatus").GetString());
        Assert.Equal("Delivered", events[1].Payload.GetProperty("orderStatus").GetString());
        Assert.Equal(6m, events[1].Payload.GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
    }

    [Fact]
    public async Task Deliver_MoreThanRemains_Is422NamingTheLineAndNothingChanges()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();
        await sales.DeliverAsync(order, "2026-03-11", (2, 3m));
        var before = await sales.Http.GetStringAsync($"{sales.Base}/orders/{order}");

        var response = await sales.DeliverAsync(order, "2026-03-12", (1, 1m), (2, 2m));

        var problem = await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "delivery.exceeds_remaining");
        Assert.Equal("lines[2].quantity", problem.GetProperty("field").GetString());
        Assert.Contains("Ligne 2", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await sales.Http.GetStringAsync($"{sales.Base}/orders/{order}"));
        Assert.Equal(1, await sales.CountAsync("sales_delivery_notes"));
        Assert.Equal("BL2026-0002", (await (await sales.DeliverAsync(order, "2026-03-12", (1, 1m))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString());
    }

    [Fact]
    public async Task Deliver_DraftOrUnknownLineOrZero_IsRefusedWithItsCode()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var draft = (await sales.DraftOrderAsync()).GetProperty("id").GetString()!;
        var order = await sales.ValidatedOrderAsync();

        var onDraft = await sales.DeliverAsync(draft, "2026-03-11", (1, 1m));
        var unknownLine = await sales.DeliverAsync(order, "2026-03-11", (3, 1m));
        var zero = await sales.DeliverAsync(order, "2026-03-11", (1, 0m));
        var none = await sales.DeliverAsync(order, "2026-03-11");

        await SalesClient.ProblemAsync(onDraft, HttpStatusCode.Conflict, "order.invalid_transition");
        var line = await SalesClient.ProblemAsync(unknownLine, HttpStatusCode.UnprocessableEntity, "order.line_unknown");
        Assert.Equal("lines[1]", line.GetProperty("field").GetString());
        await SalesClient.ProblemAsync(zero, HttpStatusCode.UnprocessableEntity, "delivery.quantity_invalid");
        await SalesClient.ProblemAsync(none, HttpStatusCode.UnprocessableEntity, "delivery.no_lines");
        Assert.Equal(0, await sales.CountAsync("sales_delivery_notes"));
        Assert.Empty(await sales.EventsAsync("sales.delivery."));
    }
}
