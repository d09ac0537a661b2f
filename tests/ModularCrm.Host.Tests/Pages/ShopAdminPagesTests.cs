using System.Net;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Pages;

public sealed class ShopAdminPagesTests
{
    [Fact]
    public async Task Modules_EnableSalesWithoutContacts_IsRefusedInPlainFrenchNamingTheMissingModule()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);

        var refused = await admin.PostFormAsync("/shops/alpha/_admin/modules", "/shops/alpha/_admin/modules/sales/enable", new Dictionary<string, string>());
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("a besoin de « Contacts » (contacts)", page);
        Assert.Contains("role=\"alert\"", page);
    }

    [Fact]
    public async Task Modules_EnableThenDisable_MenuFollows()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);

        var enabled = await admin.PostFormAsync("/shops/alpha/_admin/modules", "/shops/alpha/_admin/modules/contacts/enable", new Dictionary<string, string>());
        var enabledPage = await enabled.Content.ReadAsStringAsync();
        var disabled = await admin.PostFormAsync("/shops/alpha/_admin/modules", "/shops/alpha/_admin/modules/contacts/disable", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("href=\"/shops/alpha/contacts\"", enabledPage);
        Assert.DoesNotContain("href=\"/shops/alpha/contacts\"", await disabled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Modules_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);

        var response = await admin.Client.PostAsync("/shops/alpha/_admin/modules/contacts/enable", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("href=\"/shops/alpha/contacts\"", await admin.GetPageAsync("/shops/alpha"));
    }

    [Fact]
    public async Task Users_AddNewStaffMember_CanSignInAndSeesTheShop()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);

        var added = await admin.PostFormAsync("/shops/alpha/_admin/users", "/shops/alpha/_admin/users", new Dictionary<string, string>
        {
            ["email"] = "nouvelle@example.fr", ["displayName"] = "Nouvelle", ["password"] = PageBrowser.Password, ["role"] = "staff",
        });
        using var newcomer = await PageBrowser.SignInAsync(app, "nouvelle@example.fr");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("nouvelle@example.fr", await added.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Accueil — Boutique alpha</h1>", await newcomer.GetPageAsync("/shops/alpha"));
    }

    [Fact]
    public async Task Users_NewEmailWithoutPassword_ShowsTheErrorUnderThePasswordField()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);

        var refused = await admin.PostFormAsync("/shops/alpha/_admin/users", "/shops/alpha/_admin/users", new Dictionary<string, string> { ["email"] = "inconnue@example.fr", ["role"] = "staff" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"password-error\"", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Settings_EmptyName_IsRefusedNextToTheField_ThenARenameShowsInTheTitle()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);

        var refused = await admin.PostFormAsync("/shops/alpha/_admin/settings", "/shops/alpha/_admin/settings", new Dictionary<string, string> { ["name"] = " ", ["culture"] = "fr-FR" });
        var saved = await admin.PostFormAsync("/shops/alpha/_admin/settings", "/shops/alpha/_admin/settings", new Dictionary<string, string> { ["name"] = "La Belle Boutique", ["culture"] = "en-GB" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"name-error\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("<h1>Accueil — La Belle Boutique</h1>", await admin.GetPageAsync("/shops/alpha"));
    }

    [Fact]
    public async Task Templates_PreviewBrokenText_ShowsLineAndColumn_SaveValidText_IsUsedByThePage()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);
        const string editor = "/shops/alpha/_admin/templates/edit?name=contacts%2Fpages%2Flist.html";
        Assert.Contains("contacts/pages/list.html", await admin.GetPageAsync("/shops/alpha/_admin/templates"));

        var broken = await admin.PostFormAsync(editor, "/shops/alpha/_admin/templates/edit", new Dictionary<string, string>
        {
            ["name"] = "contacts/pages/list.html", ["text"] = "<p>{{ if count }}</p>", ["action"] = "preview",
        });
        var preview = await admin.PostFormAsync(editor, "/shops/alpha/_admin/templates/edit", new Dictionary<string, string>
        {
            ["name"] = "contacts/pages/list.html", ["text"] = "<p>Fichier : {{ count }} contact(s)</p>", ["action"] = "preview",
        });
        var saved = await admin.PostFormAsync(editor, "/shops/alpha/_admin/templates/edit", new Dictionary<string, string>
        {
            ["name"] = "contacts/pages/list.html", ["text"] = "<p>Fichier personnalisé : {{ count }}</p>", ["action"] = "save",
        });

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("id=\"text-error\"", await broken.Content.ReadAsStringAsync());
        Assert.Contains("Fichier : 1 contact(s)", WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("<p>Fichier personnalisé : 0</p>", await admin.GetPageAsync("/shops/alpha/contacts"));
    }
}
