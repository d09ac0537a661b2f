using System.Net;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Contacts;

/// <summary>The contacts module's pages, inside the host layout, through the real pipeline and forms.</summary>
public sealed class ContactPagesTests
{
    [Fact]
    public async Task Create_ValidPerson_RedirectsToItsDetailInsideTheLayout()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var created = await staff.PostFormAsync("/shops/alpha/contacts/new", "/shops/alpha/contacts/new", new Dictionary<string, string>
        {
            ["kind"] = "person", ["firstName"] = "Marie", ["lastName"] = "Dupont", ["email"] = "marie.dupont@gmail.com", ["city"] = "Lyon",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detail = await staff.GetPageAsync(created.Headers.Location!.OriginalString);

        Assert.Contains("<h1>Marie Dupont</h1>", detail);
        Assert.Contains("Contact créé.", detail);
        Assert.Contains("aria-current=\"page\"", detail);
        Assert.Contains("Consentements", detail);
        Assert.Contains("marie.dupont@gmail.com", await staff.GetPageAsync("/shops/alpha/contacts?q=dup"));
    }

    [Fact]
    public async Task Create_PersonWithoutLastNameAndBadEmail_ShowsEachErrorNextToItsField()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var response = await staff.PostFormAsync("/shops/alpha/contacts/new", "/shops/alpha/contacts/new", new Dictionary<string, string>
        {
            ["kind"] = "person", ["firstName"] = "Marie", ["email"] = "pas-une-adresse",
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("aria-describedby=\"lastName-error\"", page);
        Assert.Contains("<p class=\"field-error\" id=\"lastName-error\">Le nom est obligatoire pour une personne.</p>", page);
        Assert.Contains("id=\"email-error\"", page);
        Assert.Contains("value=\"Marie\"", page);
    }

    [Fact]
    public async Task Create_SameEmailTwice_WarnsWithALinkThenCreatesOnConfirmation()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);
        var fields = new Dictionary<string, string> { ["kind"] = "person", ["lastName"] = "Dupont", ["email"] = "marie.dupont@gmail.com" };
        var first = await staff.PostFormAsync("/shops/alpha/contacts/new", "/shops/alpha/contacts/new", fields);

        var warned = await staff.PostFormAsync("/shops/alpha/contacts/new", "/shops/alpha/contacts/new", new Dictionary<string, string>(fields) { ["lastName"] = "Durand" });
        var confirmed = await staff.PostFormAsync("/shops/alpha/contacts/new", "/shops/alpha/contacts/new", new Dictionary<string, string>(fields) { ["lastName"] = "Durand", ["confirm"] = "yes" });

        Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
        Assert.Contains($"href=\"{first.Headers.Location!.OriginalString.Split('?')[0]}\"", await warned.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task List_MoreThanOnePage_LinksToTheNextPageWithTheSearchKept()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var api = await app.ClientForAsync(shop);
        for (var i = 0; i < 27; i++)
        {
            var response = await api.PostAsync("/api/shops/alpha/contacts/contacts", new StringContent($$"""{"kind":"person","lastName":"Martin{{i:00}}"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var first = await staff.GetPageAsync("/shops/alpha/contacts?q=mart");
        var second = await staff.GetPageAsync("/shops/alpha/contacts?page=2&q=mart");

        Assert.Contains("href=\"/shops/alpha/contacts?page=2&amp;q=mart\"", first);
        Assert.Contains("Martin26", second);
        Assert.DoesNotContain("Martin26", first);
    }

    [Fact]
    public async Task Detail_UnknownContact_Is404InsideTheLayout()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);

        var response = await staff.Client.GetAsync("/shops/alpha/contacts/999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Contact introuvable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ShopHome_WithContacts_ShowsTheirCountAndAnSvgChart()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);
        await staff.PostFormAsync("/shops/alpha/contacts/new", "/shops/alpha/contacts/new", new Dictionary<string, string> { ["kind"] = "person", ["lastName"] = "Dupont" });

        var home = await staff.GetPageAsync("/shops/alpha");

        Assert.Contains("<span class=\"figure\">1</span>", home);
        Assert.Contains("<svg viewBox=", home);
        Assert.Contains("role=\"img\"", home);
        Assert.Contains("Nouveaux contacts, 8 dernières semaines", home);
    }
}
