using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Core;

/// <summary>Faulty modules next to good ones in the real host: each is marked failed with its reason, nothing else stops.</summary>
public sealed class ModuleFailureTests
{
    [Fact]
    public async Task BrokenMigration_ThrowingServices_ThrowingRoutes_AreMarkedFailed_AndTheHostKeepsServing()
    {
        using var plugins = TestPlugins.BundledWith("BrokenMigration", "ThrowingServices", "ThrowingApi");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        using var anonymous = app.CreateClient();

        var health = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.Equal("degraded", body.RootElement.GetProperty("status").GetString());
        var modules = body.RootElement.GetProperty("modules").EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => (State: m.GetProperty("state").GetString(), Reason: m.GetProperty("reason").GetString()));
        Assert.Equal("Failed", modules["broken-migration"].State);
        Assert.Contains("migration", modules["broken-migration"].Reason);
        Assert.Contains("0001_broken.sql", modules["broken-migration"].Reason);
        Assert.Equal("Failed", modules["throwing-services"].State);
        Assert.Equal("Failed", modules["throwing-api"].State);
        Assert.Contains("routes", modules["throwing-api"].Reason);
        Assert.Equal("Loaded", modules["contacts"].State);

        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var admin = await app.ClientForAsync(shop, ShopRole.Admin);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { lastName = "Toujours" })).StatusCode);
        var refused = await admin.PostAsync("/api/shops/alpha/modules/broken-migration/enable", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("0001_broken.sql", await refused.Content.ReadAsStringAsync());

        await using var connection = await app.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM core_migrations WHERE module_id = 'broken-migration'"));
        Assert.True(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM core_migrations WHERE module_id = 'contacts'") > 0);
    }

    [Fact]
    public async Task ModuleEnabledThenFailedAtRuntime_AnswersServiceUnavailableWithTheReason()
    {
        using var plugins = TestPlugins.BundledWith();
        using var app = new CrmApp { PluginsPath = plugins.Path };
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var client = await app.ClientForAsync(shop);

        app.Services.GetRequiredService<ModularCrm.Host.Core.ModuleRuntime>().MarkFailed("contacts", "panne simulée");
        var response = await client.GetAsync("/api/shops/alpha/contacts/contacts");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("panne simulée", await response.Content.ReadAsStringAsync());
    }
}
