using Microsoft.Playwright;
using ModularCrm.Testing;

namespace ModularCrm.Web.Tests;

/// <summary>
/// Loyalty in Chromium: staff set a program up and issue a card through the pages, then the customer, not signed in,
/// looks up the balance on the shop's public page with the card number and e-mail. Screenshots of each step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LoyaltyBrowserTests(BrowserFixture fixture)
{
    private const string NeedsChromium = "Debian's Chromium (apt-get install -y chromium)";

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task Staff_IssueACard_ThenTheCustomerSeesTheBalanceOnThePublicPage_AndAWrongEmailFindsNothing()
    {
        var slug = PlatformSteps.NewSlug();
        var staffEmail = $"vendeur-{slug}@example.fr";
        await using (var platform = await BrowserUser.SignInAsync(fixture, "loyalty", "platform", WebHost.AdminEmail))
        {
            await PlatformSteps.CreateShopAsync(platform, slug);
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "Contacts");
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "Ventes");
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "Fidélité");
            await PlatformSteps.AddUserAsync(platform, slug, staffEmail, "staff");
        }

        string number;
        await using (var staff = await BrowserUser.SignInAsync(fixture, "loyalty", "staff", staffEmail))
        {
            await staff.Page.Locator("nav.main-menu").GetByRole(AriaRole.Link, new() { Name = "Fidélité", Exact = true }).ClickAsync();
            await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Nouveau programme" }).ClickAsync();
            await staff.Page.GetByLabel("Nom du programme").FillAsync("Carte à tampons");
            await staff.Page.GetByLabel("Type").SelectOptionAsync("stamps");
            await staff.Page.GetByLabel("Seuil d'une récompense").FillAsync("10");
            await staff.Page.GetByLabel("Récompense", new() { Exact = true }).SelectOptionAsync("gift");
            await staff.Page.GetByLabel("Libellé (obligatoire pour un cadeau)").FillAsync("Un café offert");
            await staff.ShotAsync("program-form");
            await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le programme" }).ClickAsync();
            await staff.Page.GetByRole(AriaRole.Status).WaitForAsync();
            await staff.ShotAsync("program-saved");
            Assert.Equal("Carte à tampons", await staff.Page.Locator("h1").InnerTextAsync());

            await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Cartes", Exact = true }).ClickAsync();
            await staff.Page.GetByLabel("N° du contact").FillAsync("1");
            await staff.Page.GetByLabel("Nom sur la carte").FillAsync("Marie Revel");
            await staff.Page.GetByLabel("E-mail du titulaire").FillAsync("marie.revel@exemple.fr");
            await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Émettre la carte" }).ClickAsync();
            await staff.Page.GetByRole(AriaRole.Status).WaitForAsync();
            await staff.ShotAsync("card-issued");
            number = (await staff.Page.Locator("h1").InnerTextAsync()).Replace("Carte", string.Empty, StringComparison.Ordinal).Trim();
            Assert.Matches("^[0-9]{12}$", number);
            Assert.Equal(1, await staff.Page.Locator(".loyalty-barcode svg").CountAsync());
        }

        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "fr-FR" });
        var customer = await context.NewPageAsync();
        Assert.Equal(200, (await customer.GotoAsync($"/p/{slug}/loyalty/balance"))?.Status);
        await customer.GetByLabel("Numéro de carte").FillAsync(number);
        await customer.GetByLabel("E-mail donné pour la carte").FillAsync("MARIE.REVEL@exemple.fr");
        await ShotAsync(customer, "customer-form");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Voir mon solde" }).ClickAsync();
        await customer.Locator("#balance-title").WaitForAsync();
        await ShotAsync(customer, "customer-balance");
        Assert.Equal($"Carte {number} — Marie Revel", await customer.Locator("#balance-title").InnerTextAsync());
        Assert.Contains("Carte à tampons", await customer.Locator("table").InnerTextAsync());

        await customer.GetByLabel("E-mail donné pour la carte").FillAsync("quelqu.un@exemple.fr");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Voir mon solde" }).ClickAsync();
        await customer.GetByRole(AriaRole.Alert).WaitForAsync();
        await ShotAsync(customer, "customer-wrong-email");
        Assert.Equal("Aucune carte ne correspond à ce numéro et à cette adresse e-mail.", await customer.GetByRole(AriaRole.Alert).InnerTextAsync());
        Assert.Equal(0, await customer.Locator("#balance-title").CountAsync());
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"loyalty-customer-{name}.png"), FullPage = true });
}
