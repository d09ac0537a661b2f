using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Modules;
using ModularCrm.ModuleKit.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ModularCrm.ModuleKit.Tests.Samples;

/// <summary>
/// The sample external module (samples/GiftCards), built from the packed SDK only and loaded by the real host
/// from a plugins folder: the whole life of a third-party module, install then upgrade.
/// </summary>
[Collection(ModuleKitCollection.Name)]
public sealed class GiftCardsSampleTests(AuthorKit kit, ITestOutputHelper output) : IDisposable
{
    private readonly string _database = Directory.CreateTempSubdirectory("modularcrm-kit-db-").FullName;

    [Fact]
    public async Task Install_ThenUpgrade_RunsMigrationsServesEnabledShopsHandlesSalesEventsAndAppliesOnlyTheNewScript()
    {
        var v1 = await kit.GiftCardsAsync("1.1.0");
        using (var app = new KitApp(kit.PluginsFolder(("gift-cards", v1)), _database))
        {
            var module = app.Services.GetRequiredService<ModuleCatalog>().Find("gift-cards");
            Assert.True(module?.State == ModuleState.Loaded, $"gift-cards not loaded: {module}");
            Assert.Equal(["0001_gift_cards.sql"], (await app.JournalAsync("gift-cards")).Select(row => row.Script));

            var enabled = await app.CreateShopAsync("fleurs", "gift-cards");
            var other = await app.CreateShopAsync("livres");
            using var enabledClient = await app.ClientForAsync(enabled);
            using var otherClient = await app.ClientForAsync(other);
            var list = await enabledClient.GetAsync("/api/shops/fleurs/gift-cards/cards");
            Assert.True(list.StatusCode == HttpStatusCode.OK, $"{list.StatusCode}: {await list.Content.ReadAsStringAsync()}\n{HostLogs()}");
            Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync("/api/shops/livres/gift-cards/cards")).StatusCode);
            var page = await enabledClient.GetStringAsync("/shops/fleurs/gift-cards");
            Assert.Contains("0 carte(s) émise(s)", page);

            // What the sales module publishes when an order is paid, through the host's own shop database helper.
            await app.Services.GetRequiredService<ShopDbFactory>().For(enabled, "sales").InTransactionAsync(async tx =>
            {
                await tx.PublishAsync("sales.order-paid", new { OrderId = 42L, GiftCardAmount = 50m });
                return 0;
            });
            var cards = await WaitForCardsAsync(enabledClient, "/api/shops/fleurs/gift-cards/cards");
            Assert.Equal(42L, Assert.Single(cards).OrderId);
            Assert.Equal(50m, cards[0].Amount);

            // The page is the module's Scriban template rendered by the host: count, then one row per card, money in fr-FR.
            page = await enabledClient.GetStringAsync("/shops/fleurs/gift-cards");
            Assert.Contains("1 carte(s) émise(s)", page);
            Assert.Contains($"<tr><td>{cards[0].Code}</td><td>50,00\u00A0€</td><td>n° 42</td></tr>", page);
        }

        var before = await JournalOfAsync();
        var v2 = await kit.GiftCardsAsync("1.1.0", v2: true);
        using (var upgraded = new KitApp(kit.PluginsFolder(("gift-cards", v2)), _database))
        {
            var module = upgraded.Services.GetRequiredService<ModuleCatalog>().Find("gift-cards");
            Assert.True(module?.State == ModuleState.Loaded, $"gift-cards 1.1.0 not loaded: {module}");
            var journal = await upgraded.JournalAsync("gift-cards");
            Assert.Equal(["0001_gift_cards.sql", "0002_gift_cards_expiry.sql"], journal.Select(row => row.Script));
            Assert.Equal(before[0], journal[0]);
            Assert.Equal("1.1.0", journal[1].Version);

            using var client = await upgraded.ClientForAsync(await upgraded.ShopIdAsync("fleurs"));
            var cards = await client.GetFromJsonAsync<List<CardView>>("/api/shops/fleurs/gift-cards/cards");
            Assert.Single(cards!);
        }

        WriteTimings();
    }

    private async Task<IReadOnlyList<(string Script, string Version, string AppliedAt)>> JournalOfAsync()
    {
        using var reader = new KitApp(kit.PluginsFolder(), _database);
        return await reader.JournalAsync("gift-cards");
    }

    private static async Task<List<CardView>> WaitForCardsAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var cards = await client.GetFromJsonAsync<List<CardView>>(url) ?? [];
            if (cards.Count > 0 || DateTime.UtcNow > deadline)
            {
                return cards;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The host's log files, so that a 500 from the module shows its exception.</summary>
    private string HostLogs() => string.Join('\n', Directory.EnumerateFiles(_database, "*", SearchOption.AllDirectories)
        .Where(file => !file.EndsWith(".db", StringComparison.Ordinal))
        .Select(file => File.ReadAllText(file)));

    private void WriteTimings()
    {
        foreach (var timing in kit.Timings)
        {
            output.WriteLine(timing);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_database, recursive: true);
        }
        catch (IOException)
        {
            // Log files still held by a closing sink: the OS cleans the temp folder later.
        }
    }

    private sealed record CardView(long Id, string Code, decimal Amount, long? OrderId);
}
