using System.Net;
using ModularCrm.Host.Tests.Infrastructure;

namespace ModularCrm.Host.Tests.Pages;

public sealed class PlatformPagesTests
{
    [Fact]
    public async Task Shops_CreateWithBadSlug_ShowsTheErrorNextToTheSlug_ThenAValidOneIsListed()
    {
        using var app = new CrmApp();
        using var admin = PageBrowser.Of(await app.PlatformAdminClientAsync());

        var refused = await admin.PostFormAsync("/admin/shops", "/admin/shops", new Dictionary<string, string> { ["slug"] = "Pas Bon", ["name"] = "X", ["culture"] = "fr-FR" });
        var created = await admin.PostFormAsync("/admin/shops", "/admin/shops", new Dictionary<string, string> { ["slug"] = "gamma", ["name"] = "Gamma", ["culture"] = "fr-FR" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"slug-error\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("href=\"/shops/gamma\"", await created.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Modules_ListsEveryModuleWithVersionSdkRangeAndDependencies()
    {
        using var app = new CrmApp();
        using var admin = PageBrowser.Of(await app.PlatformAdminClientAsync());

        var page = await admin.GetPageAsync("/admin/modules");

        Assert.Contains("(contacts)", page);
        Assert.Contains("(sales)", page);
        Assert.Contains("[1.1.0, 2.0.0)", page);
        Assert.Contains("<td>contacts</td>", page);
    }
}
