using System.Net;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Pages.ShopAdmin;

/// <summary>The processing register page: built from the manifests of the modules enabled for the shop, French and English, admins only.</summary>
public sealed class RegisterPageTests
{
    private const string Register = "/shops/alpha/_admin/register";

    [Fact]
    public async Task Register_ContactsAndSalesEnabled_ListsTheirActivitiesInFrench_NotThoseOfDisabledModules()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);

        var page = WebUtility.HtmlDecode(await admin.GetPageAsync(Register));

        Assert.Contains("<h1>Registre des traitements</h1>", page);
        Assert.Contains("<h2 id=\"activity-1\">Gestion du fichier client et des prospects</h2>", page);
        Assert.Contains("Gestion des ventes et de la facturation", page);
        Assert.Contains("<dt>Base légale</dt><dd>Exécution d'un contrat</dd>", page);
        Assert.Contains("<dt>Responsable du traitement</dt><dd>Boutique alpha</dd>", page);
        Assert.DoesNotContain("Prospection et fidélisation par SMS", page);
        Assert.Contains($"href=\"{Register}\" aria-current=\"page\"", page);
    }

    [Fact]
    public async Task Register_InEnglish_HasEnglishHeadingsAndLegalBases()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);
        var switched = await admin.PostFormAsync("/shops/alpha", "/account/language", new Dictionary<string, string> { ["language"] = "en" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var page = WebUtility.HtmlDecode(await admin.GetPageAsync(Register));

        Assert.Contains("<h1>Record of processing activities</h1>", page);
        Assert.Contains("<dt>Legal basis</dt><dd>Performance of a contract</dd>", page);
        Assert.Contains("<dt>Retention period</dt>", page);
    }

    [Fact]
    public async Task Register_Staff_IsForbidden()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var response = await staff.Client.GetAsync(Register);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Gestion du fichier client", await response.Content.ReadAsStringAsync());
    }
}
