using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Shops;

public sealed class ShopModulesApiTests
{
    [Fact]
    public async Task Enable_ModuleWhoseDependencyIsDisabled_IsRefusedNamingTheDependency()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var admin = await app.ClientForAsync(shop, ShopRole.Admin);

        var response = await admin.PostAsync("/api/shops/alpha/modules/sales/enable", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("contacts", problem);
        Assert.Contains("Activez d'abord", problem);
        Assert.Equal("Available", await StateAsync(admin, "sales"));
    }

    [Fact]
    public async Task Disable_ModuleOthersDependOn_IsRefusedListingDependents()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        using var admin = await app.ClientForAsync(shop, ShopRole.Admin);

        var response = await admin.PostAsync("/api/shops/alpha/modules/contacts/disable", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("sales", await response.Content.ReadAsStringAsync());
        Assert.Equal("Enabled", await StateAsync(admin, "contacts"));
    }

    [Fact]
    public async Task DisableThenEnable_KeepsTheModulesData()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var admin = await app.ClientForAsync(shop, ShopRole.Admin);
        var created = await admin.PostAsJsonAsync("/api/shops/alpha/contacts/contacts", new { kind = "person", lastName = "Revel", firstName = "Marie-Paule" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/shops/alpha/modules/contacts/disable", null)).StatusCode);
        Assert.Equal("Disabled", await StateAsync(admin, "contacts"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/shops/alpha/contacts/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/shops/alpha/modules/contacts/enable", null)).StatusCode);

        var list = await admin.GetStringAsync("/api/shops/alpha/contacts/contacts");
        Assert.Contains("Revel", list);
    }

    [Fact]
    public async Task EnableOrDisable_ByStaff_IsForbidden()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var staff = await app.ClientForAsync(shop, ShopRole.Staff);

        var response = await staff.PostAsync("/api/shops/alpha/modules/contacts/enable", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Enable_UnknownModule_Answers404WithTheId()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var admin = await app.ClientForAsync(shop, ShopRole.Admin);

        var response = await admin.PostAsync("/api/shops/alpha/modules/nope/enable", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nope", await response.Content.ReadAsStringAsync());
    }

    private static async Task<string?> StateAsync(HttpClient client, string module)
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/shops/alpha/modules"));
        return body.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == module).GetProperty("state").GetString();
    }
}
