using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Pages;

public sealed class LayoutTests
{
    [Fact]
    public async Task ShopHome_StaffOfShopWithContactsOnly_MenuListsContactsButNotSales()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var page = await staff.GetPageAsync("/shops/alpha");

        Assert.Contains("<nav class=\"main-menu\" aria-label=\"Menu principal\">", page);
        Assert.Contains("href=\"/shops/alpha/contacts\"", page);
        Assert.DoesNotContain("href=\"/shops/alpha/sales\"", page);
        Assert.DoesNotContain("/_admin/", page);
        Assert.Contains("<main id=\"main\"", page);
        Assert.Contains("<html lang=\"fr\">", page);
    }

    [Fact]
    public async Task ShopHome_AfterModuleEnabled_MenuGainsItsEntryAndLosesItWhenDisabled()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);
        var modules = app.Services.GetRequiredService<ShopModules>();

        await modules.EnableAsync(shop, "sales", null, CancellationToken.None);
        Assert.Contains(">Ventes</a>", await staff.GetPageAsync("/shops/alpha"));
        await modules.DisableAsync(shop, "sales", null, CancellationToken.None);
        Assert.DoesNotContain(">Ventes</a>", await staff.GetPageAsync("/shops/alpha"));
    }

    [Fact]
    public async Task Layout_UserOfTwoShops_SeesASwitcherToBoth()
    {
        using var app = new CrmApp();
        var alpha = await app.CreateShopAsync("alpha");
        var beta = await app.CreateShopAsync("beta");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, alpha, beta);

        var landing = await staff.Client.GetAsync("/");
        var page = await staff.GetPageAsync("/shops/alpha");

        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("<details class=\"menu switcher\">", page);
        Assert.Contains("href=\"/shops/beta\"", page);
    }

    [Fact]
    public async Task Landing_UserOfOneShop_IsSentToIt()
    {
        using var app = new CrmApp();
        var alpha = await app.CreateShopAsync("alpha");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, alpha);

        var landing = await staff.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/shops/alpha", landing.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ShopAdminPages_Staff_AreForbidden()
    {
        using var app = new CrmApp();
        var alpha = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, alpha);

        foreach (var page in new[] { "modules", "users", "settings", "templates" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.GetAsync($"/shops/alpha/_admin/{page}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.GetAsync("/admin/shops")).StatusCode);
    }

    [Fact]
    public async Task Stylesheet_IsServedByTheHostWithAnETag()
    {
        using var app = new CrmApp();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/static/app.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("@media", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShopPage_Anonymous_IsSentToSignIn()
    {
        using var app = new CrmApp();
        await app.CreateShopAsync("alpha");
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/shops/alpha");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task ShopPage_OfAnotherShop_IsA404PageInTheLayoutNotingTheShop()
    {
        using var app = new CrmApp();
        var alpha = await app.CreateShopAsync("alpha", "contacts");
        await app.CreateShopAsync("beta", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, alpha);

        var response = await staff.Client.GetAsync("/shops/beta/contacts");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Boutique introuvable</h1>", page);
        Assert.DoesNotContain("href=\"/shops/beta", page);
    }
}
