using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>
/// New quotes, direct orders and direct invoices from their pages: the customer picked from the customer file (a GET
/// search, no JavaScript), its name and postal address copied onto the document; and a draft invoice's lines edited.
/// </summary>
public sealed class DocumentCreatePagesTests
{
    private const string Root = "/shops/alpha/sales";
    private const string Contacts = "/api/shops/alpha/contacts/contacts";

    [Fact]
    public async Task NewQuote_SearchByNamePrefix_ListsTheContactAndPickingItShowsItsAddress()
    {
        using var app = new CrmApp();
        var (staff, api) = await StartAsync(app);
        var dupont = await ContactAsync(api, "Marie", "Dupont", "12 rue Alsace-Lorraine");
        await ContactAsync(api, "Jean", "Martin", "1 place du Capitole");

        var found = await staff.GetPageAsync($"{Root}/quotes/new?find=dup");
        var picked = await staff.GetPageAsync($"{Root}/quotes/new?customer={dupont}");

        Assert.Contains($"href=\"{Root}/quotes/new?customer={dupont}\"", found);
        Assert.DoesNotContain("Jean Martin", found);
        Assert.Contains("<dd class=\"customer-name\">Marie Dupont</dd>", picked);
        Assert.Contains("12 rue Alsace-Lorraine<br>31000 Toulouse", picked);
        Assert.Contains($"name=\"customerId\" type=\"text\" value=\"{dupont}\"", picked);
    }

    [Fact]
    public async Task NewOrder_SearchByContactNumber_FindsThatContact()
    {
        using var app = new CrmApp();
        var (staff, api) = await StartAsync(app);
        var dupont = await ContactAsync(api, "Marie", "Dupont", "12 rue Alsace-Lorraine");

        var found = await staff.GetPageAsync($"{Root}/orders/new?find={dupont}");

        Assert.Contains($"href=\"{Root}/orders/new?customer={dupont}\"", found);
    }

    [Fact]
    public async Task DirectInvoice_CreatedForAPickedCustomer_KeepsTheAddressItWasIssuedWithAfterTheContactMoves()
    {
        using var app = new CrmApp();
        var (staff, api) = await StartAsync(app);
        var dupont = await ContactAsync(api, "Marie", "Dupont", "12 rue Alsace-Lorraine");

        var created = await staff.PostFormAsync($"{Root}/invoices/new", $"{Root}/invoices/new", Fields(dupont.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var moved = await api.PutAsJsonAsync($"{Contacts}/{dupont}", new { kind = "person", firstName = "Marie", lastName = "Dupont", address = "8 allée Jean Jaurès", postcode = "31000", city = "Toulouse" });
        var invoice = await api.GetFromJsonAsync<JsonElement>("/api" + created.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Matches("^/shops/alpha/sales/invoices/[0-9a-f-]{36}$", created.Headers.Location!.OriginalString);
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        Assert.Equal("Draft", invoice.GetProperty("status").GetString());
        Assert.Equal("Marie Dupont", invoice.GetProperty("customerName").GetString());
        Assert.Equal("12 rue Alsace-Lorraine\n31000 Toulouse", invoice.GetProperty("customerAddress").GetString());
    }

    [Fact]
    public async Task DirectOrder_UnknownCustomer_IsRefusedNextToTheFieldAndNothingIsCreated()
    {
        using var app = new CrmApp();
        var (staff, api) = await StartAsync(app);

        var refused = await staff.PostFormAsync($"{Root}/orders/new", $"{Root}/orders/new", Fields("999999"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"customerId-error\">Aucun contact n° 999999 dans cette boutique.</p>", await refused.Content.ReadAsStringAsync());
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>("/api/shops/alpha/sales/orders")).EnumerateArray());
    }

    [Fact]
    public async Task DraftInvoice_LinesEditedOnItsPage_AndOnceValidatedThePageShowsNoEditAndAPostIsRefused()
    {
        using var app = new CrmApp();
        var (staff, api) = await StartAsync(app);
        var sales = new SalesClient(app, api, "alpha");
        var id = (await sales.DraftAsync()).GetProperty("id").GetString()!;
        var page = $"{Root}/invoices/{id}";
        var lines = new Dictionary<string, string>
        {
            ["lines[1].description"] = "Vase en grès", ["lines[1].quantity"] = "5", ["lines[1].unitPriceExclVat"] = "45,50", ["lines[1].vatRate"] = "20",
        };

        var edited = await staff.PostFormAsync(page, $"{page}/lines", lines);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(5m, (await sales.GetAsync($"invoices/{id}")).GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
        Assert.Contains("Modifier les lignes", await staff.GetPageAsync(page));

        Assert.True((await sales.ValidateAsync(id)).IsSuccessStatusCode);
        var frozenPage = await staff.GetPageAsync(page);
        lines["lines[1].quantity"] = "1";
        var refused = await staff.PostFormAsync(page, $"{page}/lines", lines);

        Assert.DoesNotContain("Modifier les lignes", frozenPage);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(5m, (await sales.GetAsync($"invoices/{id}")).GetProperty("lines")[0].GetProperty("quantity").GetDecimal());
    }

    private static async Task<(PageBrowser Staff, HttpClient Api)> StartAsync(CrmApp app)
    {
        var shop = await app.CreateShopAsync("alpha", "contacts", "sales");
        return (await PageBrowser.SignedInAsync(app, ShopRole.Staff, shop), await app.ClientForAsync(shop));
    }

    private static async Task<long> ContactAsync(HttpClient api, string firstName, string lastName, string address)
    {
        var response = await api.PostAsJsonAsync(Contacts, new { kind = "person", firstName, lastName, address, postcode = "31000", city = "Toulouse" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("contact").GetProperty("id").GetInt64();
    }

    private static Dictionary<string, string> Fields(string customer) => new()
    {
        ["customerId"] = customer,
        ["lines[1].description"] = "Tasse en grès", ["lines[1].quantity"] = "2", ["lines[1].unitPriceExclVat"] = "12,50", ["lines[1].vatRate"] = "20",
    };
}
