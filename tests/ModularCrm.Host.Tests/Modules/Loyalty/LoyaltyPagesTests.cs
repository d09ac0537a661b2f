using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModularCrm.Host.Tests.Infrastructure;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Modules.Loyalty;

/// <summary>The loyalty staff pages, inside the host layout, posted like a browser without JavaScript.</summary>
public sealed class LoyaltyPagesTests
{
    private const string Pages = "/shops/alpha/loyalty";

    [Fact]
    public async Task ProgramForm_PointsBelowTheUsualBasket_SavesThenShowsTheWarningWithItsFigures()
    {
        using var shop = await LoyaltyShop.StartAsync();
        for (var i = 0; i < 12; i++)
        {
            await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 100 + (i % 4), 17m));
        }

        await WaitForPurchasesAsync(shop, 12);
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var saved = await staff.PostFormAsync($"{Pages}/programs/new", $"{Pages}/programs/new", new Dictionary<string, string>
        {
            ["name"] = "Points boutique", ["kind"] = "points", ["pointsPerEuro"] = "0,05", ["threshold"] = "50", ["rewardKind"] = "amount", ["rewardValue"] = "5", ["earnOn"] = "validated", ["active"] = "on",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await staff.GetPageAsync(saved.Headers.Location!.OriginalString);

        Assert.Contains("Programme enregistré.", page);
        Assert.Contains("data-warning=\"basket_below_one_point\"", page);
        Assert.Contains("data-warning=\"threshold_rarely_reached\"", page);
        Assert.Contains("<dt>Panier moyen (€)</dt><dd>17</dd>", page);
        Assert.Contains("<dt>Euros pour un point</dt><dd>20</dd>", page);
        Assert.Contains("value=\"0,05\"", page);
        Assert.Contains("Points boutique", await staff.GetPageAsync(Pages));
    }

    [Fact]
    public async Task ProgramForm_UnreadableRateAndNoName_ShowsEachErrorNextToItsFieldAndKeepsTheValues()
    {
        using var shop = await LoyaltyShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var response = await staff.PostFormAsync($"{Pages}/programs/new", $"{Pages}/programs/new", new Dictionary<string, string>
        {
            ["name"] = "", ["kind"] = "points", ["pointsPerEuro"] = "beaucoup", ["threshold"] = "100", ["rewardKind"] = "percent", ["rewardValue"] = "150",
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"pointsPerEuro-error\">« beaucoup » n&#39;est pas un nombre.</p>", page);
        Assert.Contains("id=\"name-error\">Obligatoire.</p>", page);
        Assert.Contains("id=\"rewardValue-error\"", page);
        Assert.Contains("value=\"beaucoup\"", page);
        Assert.Empty(await shop.Http.GetFromJsonAsync<JsonElement[]>($"{shop.Base}/programs") ?? []);
    }

    [Fact]
    public async Task CardIssue_ForAContact_RedirectsToTheCardWithBarcodeAndPrintView_SecondTimeIs409NextToTheContact()
    {
        using var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(new { name = "Tampons", kind = "stamps", threshold = 10, rewardKind = "gift", rewardLabel = "Un café" });
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var fields = new Dictionary<string, string> { ["contactId"] = "42", ["holderName"] = "Marie Revel", ["email"] = "marie@exemple.fr" };

        var issued = await staff.PostFormAsync($"{Pages}/cards", $"{Pages}/cards", fields);
        var again = await staff.PostFormAsync($"{Pages}/cards", $"{Pages}/cards", fields);

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var card = await staff.GetPageAsync(issued.Headers.Location!.OriginalString);
        var number = (await shop.Http.GetFromJsonAsync<JsonElement>($"{shop.Base}/cards?contactId=42"))[0].GetProperty("number").GetString()!;
        Assert.Contains($"<h1>Carte {number}</h1>", card);
        Assert.Contains("Carte émise.", card);
        Assert.Contains("<svg", card);
        Assert.Contains("Tampons", card);
        Assert.Contains($"href=\"/api/shops/alpha/loyalty/cards/{number}/print\"", card);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"id=\"contactId-error\">Le contact n° 42 a déjà la carte {number}.</p>", await again.Content.ReadAsStringAsync());
        var print = await staff.GetPageAsync($"/api/shops/alpha/loyalty/cards/{number}/print");
        Assert.Contains("@page", print);
        Assert.Contains("Marie Revel", print);
        Assert.Contains(string.Join(' ', number.Chunk(4).Select(c => new string(c))), print);
        Assert.Contains("Boutique alpha", print);
    }

    [Fact]
    public async Task Redeem_ThroughTheForm_ShowsTheDiscountLine_SecondTimeSaysWhenItWasUsed()
    {
        using var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(new { name = "Points", kind = "points", pointsPerEuro = 1, threshold = 100, rewardKind = "amount", rewardValue = 10, autoIssueCards = true });
        await shop.PublishAsync("sales.invoice.validated", LoyaltyShop.Invoice(Guid.NewGuid(), 7, 100m));
        var code = (await shop.WaitForCardAsync(7, c => c.GetProperty("rewards").GetArrayLength() == 1)).GetProperty("rewards")[0].GetProperty("code").GetString()!;
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var fields = new Dictionary<string, string> { ["code"] = code.ToLowerInvariant(), ["document"] = "FA2026-00012", ["documentTotalInclVat"] = "60", ["vatRate"] = "20" };

        var first = await staff.PostFormAsync($"{Pages}/redeem?code={code}", $"{Pages}/redeem", fields);
        var second = await staff.PostFormAsync($"{Pages}/redeem", $"{Pages}/redeem", fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var done = await first.Content.ReadAsStringAsync();
        Assert.Contains($"Bon fidélité {code}", done);
        Assert.Contains("-8,33", done);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("id=\"code-error\">Le bon " + code + " a déjà été utilisé le", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Meeting_OpenedRecordedAndClosedThroughThePages_ShowsTheHostVoucher()
    {
        using var shop = await LoyaltyShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var opened = await staff.PostFormAsync($"{Pages}/meetings", $"{Pages}/meetings", new Dictionary<string, string>
        {
            ["hostContactId"] = "21", ["title"] = "Réunion chez Anne", ["heldOn"] = "2026-03-12", ["sharePercent"] = "10",
        });
        var meeting = opened.Headers.Location!.OriginalString;
        var badSale = await staff.PostFormAsync(meeting, $"{meeting}/sales", new Dictionary<string, string> { ["amountInclVat"] = "-3" });
        await staff.PostFormAsync(meeting, $"{meeting}/sales", new Dictionary<string, string> { ["amountInclVat"] = "300,00", ["label"] = "Coffret" });
        var closed = await staff.PostFormAsync(meeting, $"{meeting}/close", new Dictionary<string, string> { ["confirm"] = "yes" });
        var page = await staff.GetPageAsync(meeting);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSale.StatusCode);
        Assert.Contains("id=\"amountInclVat-error\"", await badSale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("<h1>Réunion chez Anne</h1>", page);
        Assert.Contains("Bon de l&#39;hôte", page);
        Assert.Contains("30 €", page);
        Assert.DoesNotContain($"action=\"{meeting}/close\"", page);
        Assert.Contains("Réunion chez Anne", await staff.GetPageAsync($"{Pages}/meetings"));
    }

    [Fact]
    public async Task Statistics_PeriodEndingBeforeItStarts_Is400WithTheErrorNextToFrom_ValidPeriodShowsTheFigures()
    {
        using var shop = await LoyaltyShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);

        var wrong = await staff.Client.GetAsync($"{Pages}/statistics?from=2026-05-01&to=2026-04-01");
        var right = await staff.GetPageAsync($"{Pages}/statistics?from=2026-01-01&to=2026-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("id=\"from-error\">Le début (2026-05-01) suit la fin (2026-04-01).</p>", await wrong.Content.ReadAsStringAsync());
        Assert.Contains("Taux de réachat", right);
        Assert.Contains("value=\"2026-01-01\"", right);
    }

    [Fact]
    public async Task Pages_ForAnEnglishUser_AreInEnglish_AndTheMenuAndHomeShowLoyalty()
    {
        using var shop = await LoyaltyShop.StartAsync();
        using var staff = await PageBrowser.SignedInAsync(shop.App, ShopRole.Staff, shop.ShopId);
        var french = await staff.GetPageAsync("/shops/alpha");

        await staff.PostFormAsync("/shops/alpha", "/account/language", new Dictionary<string, string> { ["language"] = "en" });
        var programs = await staff.GetPageAsync(Pages);
        var home = await staff.GetPageAsync("/shops/alpha");

        Assert.Contains($"href=\"{Pages}\"", french);
        Assert.Contains("Fidélité", french);
        Assert.Contains("Bons de fidélité à utiliser", french);
        Assert.Contains("<h1>Loyalty</h1>", programs);
        Assert.Contains("New program", programs);
        Assert.Contains("Loyalty vouchers to use", home);
    }

    [Fact]
    public async Task PublicBalance_BrowserAskingHtml_GetsTheFormThenTheBalance_WrongEmailSaysNotFound()
    {
        using var shop = await LoyaltyShop.StartAsync();
        await shop.CreateProgramAsync(new { name = "Points", kind = "points", pointsPerEuro = 1, threshold = 100, rewardKind = "amount", rewardValue = 10 });
        var issued = await shop.Http.PostAsJsonAsync($"{shop.Base}/cards", new { contactId = 5, holderName = "Marie Revel", email = "marie@exemple.fr" });
        var number = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        using var customer = shop.App.CreateClient();
        customer.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var form = await customer.GetAsync("/p/alpha/loyalty/balance");
        var balance = await customer.GetAsync($"/p/alpha/loyalty/balance?card={number}&email=marie@exemple.fr");
        var wrong = await customer.GetAsync($"/p/alpha/loyalty/balance?card={number}&email=autre@exemple.fr");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("<label for=\"card\">Numéro de carte</label>", await form.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, balance.StatusCode);
        var page = await balance.Content.ReadAsStringAsync();
        Assert.Contains($"Carte {number} — Marie Revel", page);
        Assert.Contains("100 points", page);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Contains("Aucune carte ne correspond", await wrong.Content.ReadAsStringAsync());
    }

    private static async Task WaitForPurchasesAsync(LoyaltyShop shop, int count)
    {
        for (var attempt = 0; attempt < 200 && await shop.CountAsync("loyalty_purchases") < count; attempt++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(count, await shop.CountAsync("loyalty_purchases"));
    }
}
