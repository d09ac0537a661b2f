using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class OrderInvoiceApiTests
{
    [Fact]
    public async Task InvoiceAllOrdered_ThenDeliverEverything_OrderEndsInvoiced()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();

        var draft = await sales.PostOkAsync($"orders/{order}/invoices", new { scope = "AllOrdered" }, HttpStatusCode.Created);
        var invoice = await sales.PostOkAsync($"invoices/{Id(draft)}/validate", new { date = "2026-03-11" });
        var afterInvoice = await sales.GetAsync($"orders/{order}");
        await sales.DeliverAsync(order, "2026-03-12", (1, 10m), (2, 4m));

        Assert.Equal(276.60m, invoice.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(order, invoice.GetProperty("orderId").GetString());
        Assert.Equal("FA2026-00001", invoice.GetProperty("number").GetString());
        Assert.Equal(10m, afterInvoice.GetProperty("progress")[0].GetProperty("invoiced").GetDecimal());
        Assert.Equal("Validated", afterInvoice.GetProperty("status").GetString());
        Assert.Equal("Invoiced", (await sales.GetAsync($"orders/{order}")).GetProperty("status").GetString());
        var again = await sales.PostAsync($"orders/{order}/invoices", new { scope = "AllOrdered" });
        await SalesClient.ProblemAsync(again, HttpStatusCode.UnprocessableEntity, "invoice.nothing_to_invoice");
    }

    [Fact]
    public async Task InvoiceDelivered_TakesOnlyWhatWasDeliveredAndNotInvoiced()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();
        await sales.DeliverAsync(order, "2026-03-11", (1, 4m));

        var first = await sales.PostOkAsync($"orders/{order}/invoices", new { scope = "DeliveredNotInvoiced" }, HttpStatusCode.Created);
        await sales.PostOkAsync($"invoices/{Id(first)}/validate", new { date = "2026-03-12" });
        var nothing = await sales.PostAsync($"orders/{order}/invoices", new { scope = "DeliveredNotInvoiced" });
        var badScope = await sales.PostAsync($"orders/{order}/invoices", new { scope = "Half" });

        var line = Assert.Single(first.GetProperty("lines").EnumerateArray());
        Assert.Equal(4m, line.GetProperty("quantity").GetDecimal());
        Assert.Equal(60m, first.GetProperty("totalInclVat").GetDecimal());
        var problem = await SalesClient.ProblemAsync(nothing, HttpStatusCode.UnprocessableEntity, "invoice.nothing_to_invoice");
        Assert.Contains("CO2026-0001", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
        Assert.Contains("scope", await badScope.Content.ReadAsStringAsync());
        Assert.Equal(1, await sales.CountAsync("sales_invoices"));
    }

    [Fact]
    public async Task InvoiceFromDeliveryNote_MarksItInvoiced_SecondInvoiceOfItIs409()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();
        var note = Id(await (await sales.DeliverAsync(order, "2026-03-11", (1, 2m), (2, 1m))).Content.ReadFromJsonAsync<JsonElement>());
        await sales.DeliverAsync(order, "2026-03-12", (1, 3m));

        var draft = await sales.PostOkAsync($"orders/{order}/invoices", new { deliveryNoteIds = new[] { note } }, HttpStatusCode.Created);
        await sales.PostOkAsync($"invoices/{Id(draft)}/validate", new { date = "2026-03-12" });
        var twice = await sales.PostAsync($"orders/{order}/invoices", new { deliveryNoteIds = new[] { note } });

        Assert.Equal(30m + 31.65m, draft.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(Id(draft), (await sales.GetAsync($"deliveries/{note}")).GetProperty("invoiceId").GetString());
        await SalesClient.ProblemAsync(twice, HttpStatusCode.Conflict, "delivery.already_invoiced");
        var links = await sales.GetAsync($"documents/delivery_note/{note}/links");
        Assert.Contains(links.EnumerateArray(), l => l.GetProperty("id").GetString() == Id(draft));
    }

    [Fact]
    public async Task Deposit30Percent_IsDeductedOnTheFinalInvoice()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();

        var deposit = await sales.PostOkAsync($"orders/{order}/deposits", new { percentage = 30m }, HttpStatusCode.Created);
        await sales.PostOkAsync($"invoices/{Id(deposit)}/validate", new { date = "2026-03-10" });
        var final = await sales.PostOkAsync($"orders/{order}/invoices", new { scope = "AllOrdered" }, HttpStatusCode.Created);
        var validated = await sales.PostOkAsync($"invoices/{Id(final)}/validate", new { date = "2026-03-11" });

        Assert.Equal("Deposit", deposit.GetProperty("kind").GetString());
        Assert.Equal(73.50m, deposit.GetProperty("totalExclVat").GetDecimal());
        Assert.Equal(82.98m, deposit.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(276.60m - 82.98m, validated.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(Id(deposit), validated.GetProperty("deductedDepositInvoiceIds")[0].GetString());
        Assert.Equal(2, validated.GetProperty("deductions").GetArrayLength());
        Assert.Equal([Id(deposit)], (await sales.GetAsync($"orders/{order}")).GetProperty("depositInvoiceIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Deposit_BothOrNeitherOrTooLarge_IsRefusedAndNothingIsCreated()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();
        var draftOrder = (await sales.DraftOrderAsync()).GetProperty("id").GetString()!;

        var both = await sales.PostAsync($"orders/{order}/deposits", new { percentage = 10m, amount = 10m });
        var tooLarge = await sales.PostAsync($"orders/{order}/deposits", new { amount = 245.01m });
        var onDraft = await sales.PostAsync($"orders/{draftOrder}/deposits", new { percentage = 10m });

        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        var problem = await SalesClient.ProblemAsync(tooLarge, HttpStatusCode.UnprocessableEntity, "deposit.exceeds_order");
        Assert.Equal("amount", problem.GetProperty("field").GetString());
        await SalesClient.ProblemAsync(onDraft, HttpStatusCode.Conflict, "order.invalid_transition");
        Assert.Equal(0, await sales.CountAsync("sales_invoices"));
    }

    [Fact]
    public async Task ValidateSecondDraftOfTheSameOrder_IsRefusedExceedingTheOrderAndNothingChanges()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();
        var first = Id(await sales.PostOkAsync($"orders/{order}/invoices", new { scope = "AllOrdered" }, HttpStatusCode.Created));
        var second = Id(await sales.PostOkAsync($"orders/{order}/invoices", new { scope = "AllOrdered" }, HttpStatusCode.Created));
        await sales.PostOkAsync($"invoices/{first}/validate", new { date = "2026-03-11" });
        var orderBefore = await sales.Http.GetStringAsync($"{sales.Base}/orders/{order}");

        var response = await sales.PostAsync($"invoices/{second}/validate", new { date = "2026-03-11" });

        var problem = await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invoice.exceeds_order");
        Assert.Equal("lines[1].quantity", problem.GetProperty("field").GetString());
        Assert.Equal("Draft", (await sales.GetAsync($"invoices/{second}")).GetProperty("status").GetString());
        Assert.Equal(orderBefore, await sales.Http.GetStringAsync($"{sales.Base}/orders/{order}"));
        Assert.Single(await sales.EventsAsync("sales.invoice.validated"));
        var next = Id(await sales.PostOkAsync("invoices", new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line() } }, HttpStatusCode.Created));
        Assert.Equal("FA2026-00002", (await sales.PostOkAsync($"invoices/{next}/validate", new { date = "2026-03-11" })).GetProperty("number").GetString());
    }

    [Fact]
    public async Task DepositDraftedBeforeAnotherWasValidated_IsRefusedStale()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var order = await sales.ValidatedOrderAsync();
        var first = Id(await sales.PostOkAsync($"orders/{order}/deposits", new { percentage = 30m }, HttpStatusCode.Created));
        var second = Id(await sales.PostOkAsync($"orders/{order}/deposits", new { amount = 50m }, HttpStatusCode.Created));
        await sales.PostOkAsync($"invoices/{first}/validate", new { date = "2026-03-10" });

        var response = await sales.PostAsync($"invoices/{second}/validate", new { date = "2026-03-10" });

        await SalesClient.ProblemAsync(response, HttpStatusCode.Conflict, "deposit.stale");
        Assert.Single((await sales.GetAsync($"orders/{order}")).GetProperty("depositInvoiceIds").EnumerateArray());
    }

    private static string Id(JsonElement document) => document.GetProperty("id").GetString()!;
}
