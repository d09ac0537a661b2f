using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Sales;

public sealed class InvoiceNumberingConcurrencyTests
{
    private const int Invoices = 500;
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

        // A few requests carry a later date: a request dated earlier that loses the race is refused (409), never numbered out of order.
        var results = new System.Collections.Concurrent.ConcurrentBag<(string Number, DateOnly Date)>();
        var refused = 0;
        await System.Threading.Tasks.Parallel.ForEachAsync(
            drafts.Select((id, i) => (id, i)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (draft, ct) =>
            {
                var date = draft.i < Invoices / 2 ? "2026-03-10" : "2026-03-11";
                var response = await sales.ValidateAsync(draft.id, date);
                if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    Interlocked.Increment(ref refused);
                    return;
                }

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var invoice = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                results.Add((invoice.GetProperty("number").GetString()!, DateOnly.Parse(invoice.GetProperty("issueDate").GetString()!)));
            });

        var numbered = results.OrderBy(r => r.Number, StringComparer.Ordinal).ToList();
        Assert.Equal(Invoices - refused, numbered.Count);
        Assert.Equal(Enumerable.Range(1, numbered.Count).Select(n => $"FA2026-{n:00000}"), numbered.Select(r => r.Number));
        for (var i = 1; i < numbered.Count; i++)
        {
            Assert.True(numbered[i].Date >= numbered[i - 1].Date, $"{numbered[i].Number} du {numbered[i].Date} avant {numbered[i - 1].Number} du {numbered[i - 1].Date}");
        }

        Assert.True(numbered.Count >= Invoices / 2, $"only {numbered.Count} validated");
        Assert.Equal(numbered.Count, (await sales.EventsAsync("sales.invoice.validated")).Count);
    }
}
