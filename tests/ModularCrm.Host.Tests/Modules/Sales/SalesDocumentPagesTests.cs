using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Sales;

/// <summary>The sales staff pages through the real pipeline: forms posted with their antiforgery token, answers read as HTML.</summary>
public sealed partial class SalesDocumentPagesTests
{
    private const string Root = "/shops/alpha/sales";

    [Fact]
    public async Task Chain_ContactToPaidInvoiceThroughThePages_EachPageShowsStatusTotalsAndLinksBothWays()
    {
        using var app = new CrmApp();
        using var staff = await StaffAsync(app);
        var contact = await ContactAsync(staff);

        var quote = await FollowAsync(staff, $"{Root}/quotes/new", $"{Root}/quotes/new", QuoteFields(contact, "10", "12,50"));
        Assert.Matches("^/shops/alpha/sales/quotes/[0-9a-f-]{36}$", quote);
        Assert.Contains("<dd class=\"total-incl\">150,00\u00A0€</dd>", Decoded(await staff.GetPageAsync(quote)));
        await FollowAsync(staff, quote, $"{quote}/validate", new() { ["date"] = Today(), ["validUntil"] = Today(30) });
        await FollowAsync(staff, quote, $"{quote}/accept", new() { ["date"] = Today() });
        var order = await FollowAsync(staff, quote, $"{quote}/order", []);
        Assert.Contains("accepté", await staff.GetPageAsync(quote));
        Assert.Contains($"href=\"{order}\"", await staff.GetPageAsync(quote));

        await FollowAsync(staff, order, $"{order}/validate", new() { ["date"] = Today() });
        var delivery = await FollowAsync(staff, order, $"{order}/deliveries", new() { ["date"] = Today(), ["lines[1].quantity"] = "4" });
        Assert.Contains("partiellement livrée", await staff.GetPageAsync(order));
        Assert.Contains($"href=\"{order}\"", await staff.GetPageAsync(delivery));
        var invoice = await FollowAsync(staff, order, $"{order}/invoices", new() { ["scope"] = "DeliveredNotInvoiced" });
        Assert.Contains("<dd class=\"total-incl\">60,00\u00A0€</dd>", Decoded(await staff.GetPageAsync(invoice)));
        await FollowAsync(staff, invoice, $"{invoice}/validate", new() { ["date"] = Today() });
        await FollowAsync(staff, invoice, $"{invoice}/payments", new() { ["method"] = "Cheque", ["date"] = Today(), ["amount"] = "60,00", ["reference"] = "CHQ 1234" });

        var paid = await staff.GetPageAsync(invoice);
        Assert.Contains("<dd class=\"document-status\">payée</dd>", paid);
        Assert.Matches("<dd class=\"document-number\">FA\\d{4}-00001</dd>", paid);
        Assert.Contains("Chèque", paid);
        Assert.Contains("Récapitulatif TVA", paid);
        Assert.Contains($"href=\"{order}\"", paid);
        Assert.Contains($"href=\"/api{invoice}/pdf\"", paid);
        Assert.Contains("<td>validé</td>", paid);
        Assert.Contains(staff.Email, paid);
        var orderPage = await staff.GetPageAsync(order);
        Assert.Contains($"href=\"{invoice}\"", orderPage);
        Assert.Contains($"href=\"{delivery}\"", orderPage);
        Assert.Contains($"href=\"{quote}\"", orderPage);
    }

    [Fact]
    public async Task Deliver_MoreThanRemains_ShowsTheRefusalNextToThatLineAndDeliversNothing()
    {
        using var app = new CrmApp();
        using var staff = await StaffAsync(app);
        var (_, order) = await AcceptedQuoteAndOrderAsync(staff, "3");
        await FollowAsync(staff, order, $"{order}/validate", []);

        var refused = await staff.PostFormAsync(order, $"{order}/deliveries", new Dictionary<string, string> { ["lines[1].quantity"] = "5" });
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Matches("<p class=\"field-error\" id=\"deliver-line1-error\">[^<]*5[^<]*</p>", page);
        Assert.Contains("id=\"deliver-line1\" name=\"lines[1].quantity\" type=\"text\" value=\"5\"", page);
        Assert.Contains("<dd class=\"document-status\">validée</dd>", await staff.GetPageAsync(order));
    }

    [Fact]
    public async Task CreateQuote_UnknownContactAndQuantityNotANumber_EachErrorShowsNextToItsField()
    {
        using var app = new CrmApp();
        using var staff = await StaffAsync(app);

        var response = await staff.PostFormAsync($"{Root}/quotes/new", $"{Root}/quotes/new", QuoteFields("999999", "dix", "12"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"customerId-error\">Aucun contact n° 999999 dans cette boutique.</p>", page);
        Assert.Contains("<p class=\"field-error\" id=\"quote-line1-quantity-error\">« dix » n&#x27;est pas un nombre.</p>", page);
        Assert.DoesNotContain("/quotes/", response.Headers.Location?.OriginalString ?? string.Empty);
    }

    [Fact]
    public async Task CreateQuote_ZeroQuantity_ShowsTheDomainsMessageOnTheRowItWasTyped()
    {
        using var app = new CrmApp();
        using var staff = await StaffAsync(app);
        var fields = QuoteFields(await ContactAsync(staff), "2", "5");
        fields["lines[3].description"] = "Emballage";
        fields["lines[3].quantity"] = "0";
        fields["lines[3].unitPriceExclVat"] = "1";

        var response = await staff.PostFormAsync($"{Root}/quotes/new", $"{Root}/quotes/new", fields);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches("<p class=\"field-error\" id=\"quote-line3-quantity-error\">Ligne 2[^<]*quantité 0", page);
    }

    [Fact]
    public async Task Catalog_CreateThenDuplicateReference_ListsTheProductThenRefusesNextToTheReference()
    {
        using var app = new CrmApp();
        using var staff = await StaffAsync(app);
        var product = new Dictionary<string, string> { ["kind"] = "product", ["reference"] = "VAS-01", ["name"] = "Vase en grès", ["unitPriceExclVat"] = "45,5", ["vatRate"] = "20", ["active"] = "true" };

        var created = await staff.PostFormAsync($"{Root}/products", $"{Root}/products", product);
        var again = await staff.PostFormAsync($"{Root}/products", $"{Root}/products", product);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("45,50\u00A0€", Decoded(await staff.GetPageAsync($"{Root}/products")));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("id=\"reference-error\">La référence VAS-01 est déjà utilisée", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Quote_UserChoseEnglish_PageInEnglishWithEnglishMoneyAndDates()
    {
        using var app = new CrmApp();
        using var staff = await StaffAsync(app);
        var quote = await FollowAsync(staff, $"{Root}/quotes/new", $"{Root}/quotes/new", QuoteFields(await ContactAsync(staff), "1000", "2"));
        await FollowAsync(staff, quote, $"{quote}/validate", new() { ["date"] = "2026-03-10" });
        Assert.Contains("10/03/2026", await staff.GetPageAsync(quote));

        await staff.PostFormAsync(quote, "/account/language", new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = quote });
        var page = await staff.GetPageAsync(quote);

        Assert.Contains("Customer&#x27;s answer", page);
        Assert.Contains("<dd class=\"total-incl\">€2,400.00</dd>", page);
        Assert.Contains("<dd class=\"document-status\">validated</dd>", page);
        Assert.Contains("10/03/2026", page);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndCreatesNothing()
    {
        using var app = new CrmApp();
        using var staff = await StaffAsync(app);

        var response = await staff.Client.PostAsync($"{Root}/products", new FormUrlEncodedContent(new Dictionary<string, string> { ["reference"] = "X", ["name"] = "X", ["unitPriceExclVat"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("X", await staff.GetPageAsync($"{Root}/products").ContinueWith(t => Regex.Match(t.Result, "<table.*</table>", RegexOptions.Singleline).Value));
    }

    [Fact]
    public async Task DocumentPages_StaffOfAnotherShop_GetNotFoundOnEveryOne()
    {
        using var app = new CrmApp();
        using var staff = await StaffAsync(app);
        var (quote, order) = await AcceptedQuoteAndOrderAsync(staff, "2");
        var other = await app.CreateShopAsync("beta", "contacts", "sales");
        using var outsider = await PageBrowser.SignedInAsync(app, ShopRole.Staff, other);

        foreach (var url in new[] { quote, order, $"{Root}/quotes", $"{Root}/products", $"{Root}/invoices/overdue", $"{Root}/settings" })
        {
            var response = await outsider.Client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(quote.Replace("/alpha/", "/beta/", StringComparison.Ordinal))).StatusCode);
    }

    private static async Task<PageBrowser> StaffAsync(CrmApp app) => await PageBrowser.SignedInAsync(app, ShopRole.Staff, await app.CreateShopAsync("alpha", "contacts", "sales"));

    /// <summary>A contact made through the contacts pages; returns its id.</summary>
    private static async Task<string> ContactAsync(PageBrowser staff)
    {
        var created = await staff.PostFormAsync("/shops/alpha/contacts/new", "/shops/alpha/contacts/new", new Dictionary<string, string>
        {
            ["kind"] = "person", ["firstName"] = "Marie", ["lastName"] = "Dupont", ["email"] = $"marie{Guid.NewGuid():N}@example.fr",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return ContactId().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
    }

    /// <summary>A quote of <paramref name="quantity"/> cups at 10 € made, validated and accepted through its page, then its draft order.</summary>
    private static async Task<(string Quote, string Order)> AcceptedQuoteAndOrderAsync(PageBrowser staff, string quantity)
    {
        var quote = await FollowAsync(staff, $"{Root}/quotes/new", $"{Root}/quotes/new", QuoteFields(await ContactAsync(staff), quantity, "10"));
        await FollowAsync(staff, quote, $"{quote}/validate", []);
        await FollowAsync(staff, quote, $"{quote}/accept", []);
        return (quote, await FollowAsync(staff, quote, $"{quote}/order", []));
    }

    private static Dictionary<string, string> QuoteFields(string contact, string quantity, string price) => new()
    {
        ["customerId"] = contact,
        ["lines[1].productId"] = string.Empty, ["lines[1].description"] = "Tasse en grès", ["lines[1].quantity"] = quantity,
        ["lines[1].unitPriceExclVat"] = price, ["lines[1].discountPercent"] = string.Empty, ["lines[1].vatRate"] = "20",
        ["lines[2].description"] = string.Empty, ["lines[2].quantity"] = string.Empty,
    };

    /// <summary>Posts a form of <paramref name="page"/> that must succeed; returns where it redirects.</summary>
    private static async Task<string> FollowAsync(PageBrowser staff, string page, string action, Dictionary<string, string> fields)
    {
        var response = await staff.PostFormAsync(page, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The page with entities decoded: amounts carry no-break spaces, which the encoder writes as <c>&amp;#xA0;</c>.</summary>
    private static string Decoded(string page) => WebUtility.HtmlDecode(page);

    private static string Today(int days = 0) => DateTime.Now.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/contacts/(\d+)")]
    private static partial Regex ContactId();
}
