using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class InvoicePaymentApiTests
{
    [Fact]
    public async Task Pay_InTwoParts_GoesPartiallyPaidThenPaidWithEvents()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;

        var first = await sales.PayAsync(id, 100m);
        var second = await sales.PayAsync(id, 9.20m, method: "Cheque");

        Assert.Equal("PartiallyPaid", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var paid = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal(0m, paid.GetProperty("amountDue").GetDecimal());
        Assert.Equal(2, paid.GetProperty("payments").GetArrayLength());
        var events = (await sales.EventsAsync()).Select(e => e.Name).ToList();
        Assert.Equal(["sales.invoice.validated", "sales.payment.received", "sales.payment.received", "sales.invoice.paid"], events);
    }

    [Fact]
    public async Task Pay_MoreThanDue_Is422AndNothingIsRecorded()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;
        await sales.PayAsync(id, 100m);
        var before = await sales.GetRawAsync(id);

        var response = await sales.PayAsync(id, 9.21m);

        var problem = await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "payment.exceeds_due");
        Assert.Equal("amount", problem.GetProperty("field").GetString());
        Assert.Contains("9,20", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await sales.GetRawAsync(id));
        Assert.Equal(1, await sales.CountAsync("sales_payments"));
    }

    [Fact]
    public async Task Pay_Draft_Is409NotValidated()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.DraftAsync()).GetProperty("id").GetString()!;

        var response = await sales.PayAsync(id, 10m);

        await SalesClient.ProblemAsync(response, HttpStatusCode.Conflict, "invoice.not_validated");
        Assert.Equal(0, await sales.CountAsync("sales_payments"));
    }

    [Fact]
    public async Task Pay_BeforeTheInvoiceDate_Is409AndUnknownMethodIs400()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.ValidatedAsync("2026-03-10")).GetProperty("id").GetString()!;

        var early = await sales.PayAsync(id, 10m, date: "2026-03-01");
        var unknown = await sales.PayAsync(id, 10m, method: "Bitcoin");

        var problem = await SalesClient.ProblemAsync(early, HttpStatusCode.UnprocessableEntity, "payment.before_invoice");
        Assert.Equal("date", problem.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("method", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(0, await sales.CountAsync("sales_payments"));
    }

    [Fact]
    public async Task Overdue_ListsOnlyUnpaidInvoicesPastTheirDueDate()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var late = (await sales.ValidatedAsync("2026-03-10", "NetDays", 30)).GetProperty("id").GetString()!;
        var paid = (await sales.ValidatedAsync("2026-03-10", "NetDays", 30)).GetProperty("id").GetString()!;
        await sales.PayAsync(paid, 109.20m);
        var notYet = (await sales.ValidatedAsync("2026-04-01", "NetDays", 60)).GetProperty("id").GetString()!;

        var list = await sales.Http.GetFromJsonAsync<JsonElement>($"{sales.Base}/invoices/overdue?today=2026-04-20");

        var entry = Assert.Single(list.EnumerateArray());
        Assert.Equal(late, entry.GetProperty("invoice").GetProperty("id").GetString());
        Assert.Equal(11, entry.GetProperty("daysOverdue").GetInt32());
        Assert.NotEqual(notYet, late);
    }
}
