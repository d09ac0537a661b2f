using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>Sales settings and numbering masks: the shop admin's pages; staff get a 403 page and change nothing.</summary>
public sealed class SalesSettingsPagesTests
{
    private const string Root = "/shops/alpha/sales";

    [Fact]
    public async Task SettingsAndNumbering_Staff_Get403PageNamingTheAdminRoleAndSaveNothing()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        using var staff = await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop);
        var api = await app.ClientForAsync(shop);

        var settings = await staff.Client.GetAsync($"{Root}/settings");
        var numbering = await staff.Client.GetAsync($"{Root}/numbering");
        var save = await staff.PostFormAsync($"{Root}/quotes/new", $"{Root}/settings", new Dictionary<string, string> { ["legalName"] = "Pirate SARL" });
        var mask = await staff.PostFormAsync($"{Root}/quotes/new", $"{Root}/numbering/Invoice", new Dictionary<string, string> { ["mask"] = "X{0000}" });

        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
        Assert.Contains("administrateur de la boutique", await settings.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, numbering.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mask.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await api.GetFromJsonAsync<JsonElement>("/api/shops/alpha/sales/settings")).GetProperty("legalName").ValueKind);
        Assert.Equal("FA{yyyy}-{00000}", (await api.GetFromJsonAsync<JsonElement>("/api/shops/alpha/sales/numbering")).GetProperty("Invoice").GetString());
    }

    [Fact]
    public async Task Numbering_AdminChangesTheInvoiceMask_PreviewShowsTheNextNumberAndABadMaskIsRefusedNextToIt()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);
        var year = DateTime.Now.ToString("yy", CultureInfo.InvariantCulture);

        var before = await admin.GetPageAsync($"{Root}/numbering");
        var saved = await admin.PostFormAsync($"{Root}/numbering", $"{Root}/numbering/Invoice", new Dictionary<string, string> { ["mask"] = "FAC-{yy}-{0000}" });
        var after = await admin.GetPageAsync($"{Root}/numbering");
        var refused = await admin.PostFormAsync($"{Root}/numbering", $"{Root}/numbering/Invoice", new Dictionary<string, string> { ["mask"] = "FACTURE" });
        var refusedPage = await refused.Content.ReadAsStringAsync();

        Assert.Contains($"<span class=\"next-number\" id=\"next-Invoice\">FA20{year}-00001</span>", before);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"<span class=\"next-number\" id=\"next-Invoice\">FAC-{year}-0001</span>", after);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"mask-Invoice-error\">", refusedPage);
        Assert.Contains($"<span class=\"next-number\" id=\"next-Invoice\">FAC-{year}-0001</span>", await admin.GetPageAsync($"{Root}/numbering"));
    }

    [Fact]
    public async Task Settings_Admin_SeesTheFormAndSavesTheLegalMentions()
    {
        using var app = new CrmApp();
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        using var admin = await PageBrowser.SignedInAsync(app, ShopRole.Admin, shop);

        var saved = await admin.PostFormAsync($"{Root}/settings", $"{Root}/settings", new Dictionary<string, string>
        {
            ["legalName"] = "Poterie du Lauragais SARL", ["address"] = "12 chemin des Argiles, 31290 Villefranche-de-Lauragais", ["siret"] = "73282932000074",
            ["vatNumber"] = "FR44732829320", ["paymentTerms"] = "NetDays", ["paymentDays"] = "30", ["latePenaltyRatePercent"] = "10",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Poterie du Lauragais SARL", await admin.GetPageAsync($"{Root}/settings"));
    }
}
