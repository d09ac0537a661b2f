using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>
/// A shop with contacts, sales and loyalty on the real host. Sales events are published as the sales module publishes
/// them (its outbox, its module id), so loyalty receives them through the real dispatcher.
/// </summary>
internal sealed class LoyaltyShop : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private LoyaltyShop(CrmApp app, long shopId, HttpClient http)
    {
        App = app;
        ShopId = shopId;
        Http = http;
    }

    public CrmApp App { get; }

    public long ShopId { get; }

    public HttpClient Http { get; }

    public string Base => "/api/shops/alpha/loyalty";

    public static async Task<LoyaltyShop> StartAsync(Action<CrmApp>? configure = null)
    {
        var app = new CrmApp();
        configure?.Invoke(app);
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales", "loyalty");
        return new LoyaltyShop(app, shop, await app.ClientForAsync(shop));
    }

    public Task PublishAsync(string name, object payload) =>
        App.Services.GetRequiredService<ShopDbFactory>().For(ShopId, "sales")
            .InTransactionAsync(async tx => { await tx.PublishAsync(name, payload); return 0; });

    public static object Invoice(Guid id, long contactId, decimal total, string date = "2026-03-10") =>
        new { invoiceId = id, number = "FA2026-00001", contactId, date, totalExclVat = total / 1.2m, totalVat = total - (total / 1.2m), totalInclVat = total, lines = Array.Empty<object>() };

    public static object Credit(Guid id, Guid invoiceId, long contactId, decimal total, string date = "2026-03-20") =>
        new { creditNoteId = id, number = "AV2026-00001", invoiceId, invoiceNumber = "FA2026-00001", contactId, date, totalExclVat = total, totalVat = 0m, totalInclVat = total, lines = Array.Empty<object>() };

    public async Task<long> CreateProgramAsync(object program)
    {
        var response = await Http.PostAsJsonAsync($"{Base}/programs", program);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("program").GetProperty("id").GetInt64();
    }

    /// <summary>The card of a contact, once the events made it exist (and <paramref name="done"/> holds).</summary>
    public async Task<JsonElement> WaitForCardAsync(long contactId, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var cards = await Http.GetFromJsonAsync<JsonElement>($"{Base}/cards?contactId={contactId}");
            if (cards.GetArrayLength() == 1)
            {
                var card = await Http.GetFromJsonAsync<JsonElement>($"{Base}/cards/{cards[0].GetProperty("number").GetString()}");
                if (done(card))
                {
                    return card;
                }

                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"card of contact {contactId} never reached the expected state: {card}");
                }
            }
            else if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"contact {contactId} has {cards.GetArrayLength()} cards after {Patience.TotalSeconds} s; loyalty delivery errors: {await DeliveryErrorsAsync()}");
            }

            await Task.Delay(100);
        }
    }

    private async Task<string> DeliveryErrorsAsync()
    {
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        return string.Join(" | ", await connection.QueryAsync<string>("SELECT last_error FROM core_event_deliveries WHERE subscriber_module = 'loyalty' AND last_error IS NOT NULL"));
    }

    /// <summary>Rows of a loyalty table for this shop (<paramref name="table"/> is a constant of the test, never input).</summary>
    public async Task<long> CountAsync(string table)
    {
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE shop_id = @shop", new { shop = ShopId });
    }

    /// <summary>Lets the dispatcher deliver whatever is still pending, so that a second delivery would have shown.</summary>
    public static Task SettleAsync() => Task.Delay(1000);

    public static decimal Balance(JsonElement card, int program = 0) => card.GetProperty("programs")[program].GetProperty("balance").GetDecimal();

    public void Dispose()
    {
        Http.Dispose();
        App.Dispose();
    }
}
