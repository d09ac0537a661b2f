using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class InvoiceNumberingConcurrencyTests
{
    private const int Invoices = 500;
    private const int CreditNotes = 200;
    private const int Parallel = 16;

    [Fact]
    public async Task Validate_ManyInvoicesFromParallelRequests_NumbersHaveNoGapNoDuplicateAndDatesFollowNumbers()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var drafts = new List<string>();
        for (var i = 0; i < Invoices; i++)
        {
            drafts.Add((await sales.DraftAsync()).GetProperty("id").GetString()!);
        }

        var numbered = await ValidateInParallelAsync(sales, drafts, "invoices", "issueDate");

        Assert.Equal(Enumerable.Range(1, numbered.Count).Select(n => $"FA2026-{n:00000}"), numbered.Select(r => r.Number));
        Assert.True(numbered.Count >= Invoices / 2, $"only {numbered.Count} validated");
        Assert.Equal(numbered.Count, (await sales.EventsAsync("sales.invoice.validated")).Count);
    }

    [Fact]
    public async Task Validate_ManyCreditNotesFromParallelRequests_AvNumbersHaveNoGapNoDuplicateAndDatesFollowNumbers()
    {
        using var app = new CrmApp();
        var sales = await SalesClient.StartAsync(app);
        var drafts = new List<string>();
        for (var i = 0; i < CreditNotes; i++)
        {
            var invoice = (await sales.ValidatedAsync("2026-03-01")).GetProperty("id").GetString()!;
            drafts.Add((await sales.PostOkAsync($"invoices/{invoice}/credit-notes", new { full = true, reason = "Retour" }, HttpStatusCode.Created)).GetProperty("id").GetString()!);
        }

        var numbered = await ValidateInParallelAsync(sales, drafts, "credit-notes", "date");

        Assert.Equal(Enumerable.Range(1, numbered.Count).Select(n => $"AV2026-{n:00000}"), numbered.Select(r => r.Number));
        Assert.True(numbered.Count >= CreditNotes / 2, $"only {numbered.Count} validated");
        Assert.Equal(numbered.Count, (await sales.EventsAsync("sales.credit_note.validated")).Count);
    }

    /// <summary>
    /// Validates the drafts from <see cref="Parallel"/> concurrent requests, the second half dated a day later: a
    /// request dated earlier that loses the race is refused (409), never numbered out of order. Returns the numbers
    /// given, sorted, after checking that dates never go backwards relative to numbers.
    /// </summary>
    private static async Task<List<(string Number, DateOnly Date)>> ValidateInParallelAsync(SalesClient sales, List<string> drafts, string resource, string dateProperty)
    {
        var results = new System.Collections.Concurrent.ConcurrentBag<(string Number, DateOnly Date)>();
        var refused = 0;
        await System.Threading.Tasks.Parallel.ForEachAsync(
            drafts.Select((id, i) => (id, i)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (draft, ct) =>
            {
                var date = draft.i < drafts.Count / 2 ? "2026-03-10" : "2026-03-11";
                var response = await sales.Http.PostAsJsonAsync($"{sales.Base}/{resource}/{draft.id}/validate", new { date }, ct);
                if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    Interlocked.Increment(ref refused);
                    return;
                }

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var document = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                results.Add((document.GetProperty("number").GetString()!, DateOnly.Parse(document.GetProperty(dateProperty).GetString()!)));
            });

        var numbered = results.OrderBy(r => r.Number, StringComparer.Ordinal).ToList();
        Assert.Equal(drafts.Count - refused, numbered.Count);
        for (var i = 1; i < numbered.Count; i++)
        {
            Assert.True(numbered[i].Date >= numbered[i - 1].Date, $"{numbered[i].Number} du {numbered[i].Date} avant {numbered[i - 1].Number} du {numbered[i - 1].Date}");
        }

        return numbered;
    }
}
