using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class CreditNoteApiTests
{
    [Fact]
    public async Task PartialCreditNote_Validated_IsNumberedAvAndReducesWhatIsDue()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var invoice = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;
        var draft = await sales.PostOkAsync($"invoices/{invoice}/credit-notes", new { lines = new[] { SalesClient.Line("Vase en grès (retour)", 1m) }, reason = "Retour" }, HttpStatusCode.Created);

        var note = await sales.PostOkAsync($"credit-notes/{Id(draft)}/validate", new { date = "2026-03-12" });
        var after = await sales.GetAsync($"invoices/{invoice}");

        Assert.Equal("AV2026-00001", note.GetProperty("number").GetString());
        Assert.Equal("FA2026-00001", note.GetProperty("invoiceNumber").GetString());
        Assert.Equal(54.60m, note.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(54.60m, after.GetProperty("amountCredited").GetDecimal());
        Assert.Equal(54.60m, after.GetProperty("amountDue").GetDecimal());
        Assert.Equal("Unpaid", after.GetProperty("status").GetString());
        var (name, payload) = Assert.Single(await sales.EventsAsync("sales.credit_note."));
        Assert.Equal("sales.credit_note.validated", name);
        Assert.Equal(42, payload.GetProperty("contactId").GetInt64());
        Assert.Equal(invoice, payload.GetProperty("invoiceId").GetString());
        Assert.Equal(45.50m, payload.GetProperty("totalExclVat").GetDecimal());
        Assert.Equal(1, payload.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task FullCreditNote_AfterPartialPayment_SettlesTheInvoiceAndShowsTheRefund()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var invoice = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;
        await sales.PayAsync(invoice, 50m);
        var draft = await sales.PostOkAsync($"invoices/{invoice}/credit-notes", new { full = true }, HttpStatusCode.Created);

        await sales.PostOkAsync($"credit-notes/{Id(draft)}/validate", new { date = "2026-03-20" });
        var after = await sales.GetAsync($"invoices/{invoice}");
        var more = await sales.PostAsync($"invoices/{invoice}/credit-notes", new { full = true });

        Assert.Equal(109.20m, draft.GetProperty("totalInclVat").GetDecimal());
        Assert.Equal("Paid", after.GetProperty("status").GetString());
        Assert.Equal(0m, after.GetProperty("amountDue").GetDecimal());
        Assert.Equal(50m, after.GetProperty("amountToRefund").GetDecimal());
        await SalesClient.ProblemAsync(more, HttpStatusCode.UnprocessableEntity, "credit_note.exceeds_creditable");
    }

    [Fact]
    public async Task CreditNote_OnDraftInvoiceOrBeyondTheInvoice_IsRefusedAndNothingIsStored()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var draftInvoice = (await sales.DraftAsync()).GetProperty("id").GetString()!;
        var invoice = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;

        var onDraft = await sales.PostAsync($"invoices/{draftInvoice}/credit-notes", new { full = true });
        var tooMuch = await sales.PostAsync($"invoices/{invoice}/credit-notes", new { lines = new[] { SalesClient.Line(quantity: 3m) } });
        var wrongRate = await sales.PostAsync($"invoices/{invoice}/credit-notes", new { lines = new[] { SalesClient.Line(quantity: 1m, vat: 10m) } });

        await SalesClient.ProblemAsync(onDraft, HttpStatusCode.Conflict, "invoice.not_validated");
        var problem = await SalesClient.ProblemAsync(tooMuch, HttpStatusCode.UnprocessableEntity, "credit_note.exceeds_creditable");
        Assert.Equal("lines", problem.GetProperty("field").GetString());
        await SalesClient.ProblemAsync(wrongRate, HttpStatusCode.UnprocessableEntity, "credit_note.exceeds_creditable");
        Assert.Equal(0, await sales.CountAsync("sales_credit_notes"));
    }

    [Fact]
    public async Task ValidatedCreditNote_CannotBeEditedDeletedOrValidatedAgain()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var invoice = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;
        var id = Id(await sales.PostOkAsync($"invoices/{invoice}/credit-notes", new { full = true }, HttpStatusCode.Created));
        await sales.PostOkAsync($"credit-notes/{id}/validate", new { date = "2026-03-12" });
        var before = await sales.Http.GetStringAsync($"{sales.Base}/credit-notes/{id}");

        var edit = await sales.Http.PutAsJsonAsync($"{sales.Base}/credit-notes/{id}", new { lines = new[] { SalesClient.Line(quantity: 1m) } });
        var delete = await sales.Http.DeleteAsync($"{sales.Base}/credit-notes/{id}");
        var again = await sales.PostAsync($"credit-notes/{id}/validate", new { date = "2026-03-12" });

        await SalesClient.ProblemAsync(edit, HttpStatusCode.Conflict, "credit_note.frozen");
        await SalesClient.ProblemAsync(delete, HttpStatusCode.Conflict, "credit_note.frozen");
        await SalesClient.ProblemAsync(again, HttpStatusCode.Conflict, "credit_note.frozen");
        Assert.Equal(before, await sales.Http.GetStringAsync($"{sales.Base}/credit-notes/{id}"));
        Assert.Single(await sales.EventsAsync("sales.credit_note."));
    }

    [Fact]
    public async Task DraftCreditNote_CanBeEditedAndDeleted()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var invoice = (await sales.ValidatedAsync()).GetProperty("id").GetString()!;
        var id = Id(await sales.PostOkAsync($"invoices/{invoice}/credit-notes", new { full = true }, HttpStatusCode.Created));

        var edit = await sales.Http.PutAsJsonAsync($"{sales.Base}/credit-notes/{id}", new { lines = new[] { SalesClient.Line(quantity: 1m) } });
        var delete = await sales.Http.DeleteAsync($"{sales.Base}/credit-notes/{id}");

        Assert.Equal(54.60m, (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalInclVat").GetDecimal());
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(0, await sales.CountAsync("sales_credit_notes"));
        Assert.Equal(0, await sales.CountAsync("sales_vat_summaries"));
    }

    private static string Id(JsonElement document) => document.GetProperty("id").GetString()!;
}
