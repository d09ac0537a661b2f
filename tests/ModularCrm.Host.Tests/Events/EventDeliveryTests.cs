using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Events;

/// <summary>
/// The outbox end to end: the contacts module publishes in its transaction, the dispatcher delivers to the
/// event-probe fixture module (which knows contacts only by event name), with retries, parking and restarts.
/// </summary>
public sealed class EventDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ContactCreated_IsDeliveredOnceToTheSubscribingModule()
    {
        using var plugins = TestPlugins.BundledWith("EventProbe");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        var shop = await app.CreateShopAsync("alpha", "contacts", "event-probe");
        using var client = await app.ClientForAsync(shop);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { lastName = "Revel", firstName = "Marie" })).StatusCode);

        var received = await WaitForAsync(client, "/api/shops/alpha/event-probe/received", rows => rows.Count == 1);
        Assert.Equal("Marie Revel", received[0].GetProperty("displayName").GetString());
        Assert.Equal(1, received[0].GetProperty("attempt").GetInt32());
        var eventId = received[0].GetProperty("eventId").GetInt64();
        Assert.Equal($"{eventId}:event-probe", received[0].GetProperty("deliveryId").GetString());
        await Task.Delay(500);
        Assert.Single(await GetRowsAsync(client, "/api/shops/alpha/event-probe/received"));
        Assert.Equal("done", await DeliveryStatusAsync(app, eventId, "event-probe"));
    }

    [Fact]
    public async Task HandlerFailingOnce_IsRetriedAndDeliveredOnTheSecondAttempt()
    {
        using var plugins = TestPlugins.BundledWith("EventProbe");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        var shop = await app.CreateShopAsync("alpha", "contacts", "event-probe");
        using var client = await app.ClientForAsync(shop);

        await client.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { lastName = "EchecUneFois" });

        var received = await WaitForAsync(client, "/api/shops/alpha/event-probe/received", rows => rows.Count == 1);
        Assert.Equal(2, received[0].GetProperty("attempt").GetInt32());
    }

    [Fact]
    public async Task Event_InShopWhereSubscriberIsNotEnabled_IsNotDeliveredThere()
    {
        using var plugins = TestPlugins.BundledWith("EventProbe");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        var alpha = await app.CreateShopAsync("alpha", "contacts", "event-probe");
        var beta = await app.CreateShopAsync("beta", "contacts");
        using var alphaClient = await app.ClientForAsync(alpha);
        using var betaClient = await app.ClientForAsync(beta);

        await betaClient.PostAsJsonAsync("/api/shops/beta/contacts/contacts", new { lastName = "Beta" });
        await alphaClient.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { lastName = "Alpha" });

        var received = await WaitForAsync(alphaClient, "/api/shops/alpha/event-probe/received", rows => rows.Count == 1);
        Assert.Equal("Alpha", received[0].GetProperty("displayName").GetString());
        await using var connection = await app.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM core_event_deliveries WHERE shop_id = @beta", new { beta }));
    }

    [Fact]
    public async Task EventsCommittedWhileNoProcessDispatches_AreDeliveredAfterRestart()
    {
        using var plugins = TestPlugins.BundledWith("EventProbe");
        long shop;
        using (var stopped = new CrmApp { PluginsPath = plugins.Path })
        {
            stopped.Settings["Events:Enabled"] = "false";
            shop = await stopped.CreateShopAsync("alpha", "contacts", "event-probe");
            using var client = await stopped.ClientForAsync(shop);
            await client.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { lastName = "Avant" });
            await client.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { lastName = "Panne" });
            await Task.Delay(300);
            Assert.Empty(await GetRowsAsync(client, "/api/shops/alpha/event-probe/received"));

            using var restarted = new CrmApp(sameDatabaseAs: stopped) { PluginsPath = plugins.Path };
            using var after = await restarted.ClientForAsync(shop);
            var received = await WaitForAsync(after, "/api/shops/alpha/event-probe/received", rows => rows.Count == 2);
            Assert.Equal(["Avant", "Panne"], received.Select(r => r.GetProperty("displayName").GetString()!).Order().ToArray());
        }
    }

    [Fact]
    public async Task HandlerThatAlwaysThrows_IsParkedAndItsModuleMarkedFailed_OthersKeepServing()
    {
        using var plugins = TestPlugins.BundledWith("ThrowingHandler");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        app.Settings["Events:MaxAttempts"] = "2";
        var shop = await app.CreateShopAsync("alpha", "contacts", "throwing-handler");
        using var client = await app.ClientForAsync(shop);

        await app.Services.GetRequiredService<ShopDbFactory>().For(shop, "contacts")
            .InTransactionAsync(async tx => { await tx.PublishAsync("fixture.ping", new { n = 1 }); return 0; });

        var deadline = DateTime.UtcNow + Patience;
        string? status = null;
        while (DateTime.UtcNow < deadline && status != "parked")
        {
            await Task.Delay(100);
            await using var connection = await app.Services.GetRequiredService<Database>().OpenAsync();
            status = await connection.ExecuteScalarAsync<string?>("SELECT status FROM core_event_deliveries WHERE subscriber_module = 'throwing-handler'");
        }

        Assert.Equal("parked", status);
        await using (var connection = await app.Services.GetRequiredService<Database>().OpenAsync())
        {
            var error = await connection.ExecuteScalarAsync<string>("SELECT last_error FROM core_event_deliveries WHERE subscriber_module = 'throwing-handler'");
            Assert.Contains("the handler always fails", error);
        }

        using var health = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/health"));
        var module = health.RootElement.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "throwing-handler");
        Assert.Equal("Failed", module.GetProperty("state").GetString());
        Assert.Contains("fixture.ping", module.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/shops/alpha/contacts/contacts")).StatusCode);
    }

    private static async Task<string?> DeliveryStatusAsync(CrmApp app, long eventId, string module)
    {
        await using var connection = await app.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT status FROM core_event_deliveries WHERE event_id = @eventId AND subscriber_module = @module", new { eventId, module });
    }

    private static async Task<List<JsonElement>> WaitForAsync(HttpClient client, string url, Func<List<JsonElement>, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var rows = await GetRowsAsync(client, url);
            if (done(rows) || DateTime.UtcNow > deadline)
            {
                Assert.True(done(rows), $"{url} still has {rows.Count} rows after {Patience.TotalSeconds} s");
                return rows;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<List<JsonElement>> GetRowsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
