using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class InvoiceApiTests
{
    [Fact]
    public async Task Validate_Draft_NumbersItWithTheDefaultMaskAndPublishesTheEvent()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var draft = await sales.CreateInvoiceAsync(SalesClient.Line(), SalesClient.Line("Bol", 3m, 12m, 5.5m));
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("number").ValueKind);

        var response = await sales.ValidateAsync(draft.GetProperty("id").GetString()!, "2026-03-10", "NetDays", 30);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invoice = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FA2026-00001", invoice.GetProperty("number").GetString());
        Assert.Equal("Unpaid", invoice.GetProperty("status").GetString());
        Assert.Equal("2026-04-09", invoice.GetProperty("dueDate").GetString());
        Assert.Equal(127m, invoice.GetProperty("totalExclVat").GetDecimal());
        Assert.Equal(18.20m + 1.98m, invoice.GetProperty("totalVat").GetDecimal());
        var (name, payload) = Assert.Single(await sales.EventsAsync("sales.invoice."));
        Assert.Equal("sales.invoice.validated", name);
        Assert.Equal("FA2026-00001", payload.GetProperty("number").GetString());
        Assert.Equal(42, payload.GetProperty("contactId").GetInt64());
        Assert.Equal(147.18m, payload.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(2, payload.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task EditOrDelete_ValidatedInvoice_IsRefused409FrozenAndNothingChanges()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;
        var before = await sales.GetRawAsync(id);

        var edit = await sales.Http.PutAsJsonAsync($"{sales.Base}/invoices/{id}", new { customerId = 42, customerName = "X", lines = new[] { SalesClient.Line("Autre", 1m, 1m) } });
        var delete = await sales.Http.DeleteAsync($"{sales.Base}/invoices/{id}");
        var again = await sales.ValidateAsync(id, "2026-03-11");

        var problem = await SalesClient.ProblemAsync(edit, HttpStatusCode.Conflict, "invoice.frozen");
        Assert.Contains("FA2026-00001", problem.GetProperty("detail").GetString());
        await SalesClient.ProblemAsync(delete, HttpStatusCode.Conflict, "invoice.frozen");
        await SalesClient.ProblemAsync(again, HttpStatusCode.Conflict, "invoice.frozen");
        Assert.Equal(before, await sales.GetRawAsync(id));
        Assert.Single(await sales.EventsAsync("sales.invoice.validated"));
        Assert.Equal("FA2026-00002", (await sales.ValidatedAsync("2026-03-11")).GetProperty("number").GetString());
    }

    [Fact]
    public async Task EditThenDelete_Draft_ReplacesLinesThenRemovesIt()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.DraftAsync()).GetProperty("id").GetString()!;

        var edit = await sales.Http.PutAsJsonAsync($"{sales.Base}/invoices/{id}", new { customerId = 42, customerName = "Atelier Revel", lines = new[] { SalesClient.Line("Pichet", 1m, 30m, 10m) } });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("Pichet", await sales.GetRawAsync(id));
        Assert.DoesNotContain("Vase", await sales.GetRawAsync(id));

        Assert.Equal(HttpStatusCode.NoContent, (await sales.Http.DeleteAsync($"{sales.Base}/invoices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sales.Http.GetAsync($"{sales.Base}/invoices/{id}")).StatusCode);
        Assert.Equal(0, await sales.CountAsync("sales_document_lines"));
    }

    [Fact]
    public async Task Validate_DraftWithoutLines_Is422AndGivesTheNumberBack()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var empty = (await sales.CreateInvoiceAsync()).GetProperty("id").GetString()!;

        var response = await sales.ValidateAsync(empty);

        await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "invoice.no_lines");
        Assert.Contains("Draft", await sales.GetRawAsync(empty));
        Assert.Empty(await sales.EventsAsync());
        Assert.Equal("FA2026-00001", (await sales.ValidatedAsync()).GetProperty("number").GetString());
    }

    [Fact]
    public async Task Create_LineWithZeroQuantity_Is422NamingTheLine()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.PostAsJsonAsync($"{sales.Base}/invoices", new { customerId = 42, customerName = "A", lines = new[] { SalesClient.Line(), SalesClient.Line("Bol", 0m) } });

        var problem = await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "line.quantity_invalid");
        Assert.Contains("2", problem.GetProperty("field").GetString());
        Assert.Equal(0, await sales.CountAsync("sales_invoices"));
    }

    [Fact]
    public async Task Create_UnknownVatRate_Is422NamingTheField()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.PostAsJsonAsync($"{sales.Base}/invoices", new { customerId = 42, customerName = "A", lines = new[] { SalesClient.Line(vat: 19.6m) } });

        var problem = await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "vat.rate_invalid");
        Assert.Equal("lines[1].vatRate", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Create_WithoutCustomerName_IsAValidationProblemNamingTheField()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.PostAsJsonAsync($"{sales.Base}/invoices", new { customerId = 42, lines = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("customerName", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validate_DateBeforeTheLastNumberedInvoice_Is409AndTakesNoNumber()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        await sales.ValidatedAsync("2026-03-10");
        var id = (await sales.DraftAsync()).GetProperty("id").GetString()!;

        var response = await sales.ValidateAsync(id, "2026-03-09");

        await SalesClient.ProblemAsync(response, HttpStatusCode.Conflict, "numbering.date_before_last");
        Assert.Equal("FA2026-00002", (await sales.ValidatedAsync("2026-03-10")).GetProperty("number").GetString());
    }

    [Fact]
    public async Task Validate_InANewYear_RestartsTheCounter()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        await sales.ValidatedAsync("2026-12-31");
        await sales.ValidatedAsync("2026-12-31");

        var next = await sales.ValidatedAsync("2027-01-02");

        Assert.Equal("FA2027-00001", next.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Validate_UnknownPaymentTerms_Is422NamingTheField()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var id = (await sales.DraftAsync()).GetProperty("id").GetString()!;

        var response = await sales.ValidateAsync(id, terms: "Sometimes");

        var problem = await SalesClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "payment_terms.invalid");
        Assert.Equal("paymentTerms", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Get_InvoiceOfAnotherShop_Is404()
    {
        using var app = new CrmApp();
        var alpha = await SalesClient.StartAsync(app, "alpha");
        var beta = await SalesClient.StartAsync(app, "beta");
        var id = (await alpha.DraftAsync()).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await beta.Http.GetAsync($"{beta.Base}/invoices/{id}")).StatusCode);
    }

    [Fact]
    public async Task Get_IdThatIsNotAGuid_Is400NotAServerError()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);

        var response = await sales.Http.GetAsync($"{sales.Base}/invoices/12");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
