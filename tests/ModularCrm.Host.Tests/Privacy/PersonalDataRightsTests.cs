using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Privacy;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Tests.Privacy;

/// <summary>The host's cross-module RGPD rights, run through a real module's handler, and the processing register.</summary>
public sealed class PersonalDataRightsTests
{
    [Fact]
    public async Task ExportThenErase_GoThroughEveryEnabledModule_AndErasureIsLoggedWithoutPersonalData()
    {
        using var plugins = TestPlugins.BundledWith("EventProbe");
        using var app = new CrmApp { PluginsPath = plugins.Path };
        var shop = await app.CreateShopAsync("alpha", "contacts", "event-probe");
        using var client = await app.ClientForAsync(shop);
        var created = await client.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { lastName = "Dupont", firstName = "Léa" });
        var contactId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contact").GetProperty("id").GetInt64();
        await WaitUntilAsync(async () => (await client.GetStringAsync("/api/shops/alpha/event-probe/received")).Contains("Dupont", StringComparison.Ordinal));

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<RequestShop>().Set(new ShopContext(shop, "alpha", "Boutique alpha", "fr-FR"), "contacts", ShopRole.Admin);
        var rights = scope.ServiceProvider.GetRequiredService<IPersonalDataRights>();
        var subject = new DataSubject(contactId, [], []);

        var export = await rights.ExportAsync(subject);
        Assert.Equal("Léa Dupont", export["event-probe"]!["received"]![0]!.GetValue<string>());

        var accounts = await rights.EraseAsync(subject);
        Assert.Equal("1 réception(s) supprimée(s)", accounts["event-probe"]);
        Assert.False((await rights.ExportAsync(subject)).ContainsKey("event-probe"));
        await using var connection = await app.Services.GetRequiredService<Database>().OpenAsync();
        var log = (await connection.QueryAsync<(string Module, string Account)>(
            "SELECT module_id, account FROM core_erasure_log WHERE shop_id = @shop AND contact_id = @contactId", new { shop, contactId })).ToList();
        Assert.Contains(("event-probe", "1 réception(s) supprimée(s)"), log);
        Assert.Contains(log, entry => entry.Module == "contacts");
        Assert.DoesNotContain(log, entry => entry.Account.Contains("Dupont", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessingRegister_ListsTheEnabledModulesActivitiesOnly()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var client = await app.ClientForAsync(shop);

        var register = await client.GetStringAsync("/api/shops/alpha/privacy/register");

        Assert.Contains("Gestion du fichier client et des prospects", register);
        Assert.DoesNotContain("Gestion des ventes et de la facturation", register);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 20 s");
            await Task.Delay(100);
        }
    }
}
