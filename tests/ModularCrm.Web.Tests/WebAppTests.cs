using Microsoft.Playwright;
using ModularCrm.Testing;

namespace ModularCrm.Web.Tests;

/// <summary>The web application in Debian's Chromium, through the real Kestrel server: what people do, step by step, with screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebAppTests(BrowserFixture fixture)
{
    private const string NeedsChromium = "Debian's Chromium (apt-get install -y chromium)";

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task SignIn_PlatformAdmin_IsSignedInAndSeesTheDemoShopWithItsMenu()
    {
        await using var admin = await BrowserUser.SignInAsync(fixture, "sign-in", "admin", WebHost.AdminEmail);

        Assert.DoesNotContain("/account/sign-in", admin.Page.Url);
        Assert.Equal("Administrateur", (await admin.Page.Locator(".user-menu summary").InnerTextAsync()).Trim());
        Assert.Equal(200, await admin.OpenAsync("/shops/demo"));
        await admin.ShotAsync("demo-home");
        Assert.Equal("Accueil — Boutique de démonstration", await admin.Page.Locator("h1").InnerTextAsync());
        Assert.Contains("Contacts", await admin.MenuAsync());
        Assert.Contains("Boutiques", await admin.MenuAsync());
    }

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task SignIn_WrongPassword_ShowsTheErrorUnderThePasswordField()
    {
        await using var visitor = await BrowserUser.SignInAsync(fixture, "sign-in-wrong", "visitor", WebHost.AdminEmail, "not the password");

        Assert.Equal("E-mail ou mot de passe incorrect.", await visitor.Page.Locator("#password-error").InnerTextAsync());
        Assert.Equal("true", await visitor.Page.Locator("#password").GetAttributeAsync("aria-invalid"));
    }

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task ShopAdmin_EnablesThenDisablesContacts_MenuEntryAppearsThenGoes()
    {
        var slug = PlatformSteps.NewSlug();
        var email = $"gerante-{slug}@example.fr";
        await using (var platform = await BrowserUser.SignInAsync(fixture, "modules", "platform", WebHost.AdminEmail))
        {
            await PlatformSteps.CreateShopAsync(platform, slug);
            await PlatformSteps.AddUserAsync(platform, slug, email, "admin");
        }

        await using var admin = await BrowserUser.SignInAsync(fixture, "modules", "shop-admin", email);
        Assert.DoesNotContain("Contacts", await admin.MenuAsync());

        await PlatformSteps.SwitchModuleAsync(admin, slug, "Activer", "Contacts");
        await admin.ShotAsync("contacts-enabled");
        Assert.Contains("Contacts", await admin.MenuAsync());

        await PlatformSteps.SwitchModuleAsync(admin, slug, "Désactiver", "Contacts");
        await admin.ShotAsync("contacts-disabled");
        Assert.DoesNotContain("Contacts", await admin.MenuAsync());
    }

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task Staff_CreatesAContact_ThenAStaffMemberOfAnotherShopCannotReachIt()
    {
        var slug = PlatformSteps.NewSlug();
        var other = PlatformSteps.NewSlug();
        var staffEmail = $"vendeur-{slug}@example.fr";
        var outsiderEmail = $"vendeur-{other}@example.fr";
        await using (var platform = await BrowserUser.SignInAsync(fixture, "contact", "platform", WebHost.AdminEmail))
        {
            await PlatformSteps.CreateShopAsync(platform, slug);
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "Contacts");
            await PlatformSteps.AddUserAsync(platform, slug, staffEmail, "staff");
            await PlatformSteps.CreateShopAsync(platform, other);
            await PlatformSteps.SwitchModuleAsync(platform, other, "Activer", "Contacts");
            await PlatformSteps.AddUserAsync(platform, other, outsiderEmail, "staff");
        }

        await using var staff = await BrowserUser.SignInAsync(fixture, "contact", "staff", staffEmail);
        await staff.Page.Locator("nav.main-menu").GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }).ClickAsync();
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Nouveau contact" }).ClickAsync();
        await staff.Page.GetByLabel("Prénom").FillAsync("Marie");
        await staff.Page.GetByLabel("Nom (obligatoire pour une personne)").FillAsync("Dupont");
        await staff.Page.GetByLabel("E-mail").FillAsync("marie.dupont@gmail.com");
        await staff.ShotAsync("contact-form");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Créer le contact" }).ClickAsync();
        await staff.Page.GetByRole(AriaRole.Status).WaitForAsync();
        await staff.ShotAsync("contact-created");
        var contactUrl = new Uri(staff.Page.Url).PathAndQuery.Split('?')[0];
        Assert.Equal("Marie Dupont", await staff.Page.Locator("h1").InnerTextAsync());
        Assert.Matches($"^/shops/{slug}/contacts/\\d+$", contactUrl);

        await using var outsider = await BrowserUser.SignInAsync(fixture, "contact", "outsider", outsiderEmail);
        var status = await outsider.OpenAsync(contactUrl);
        await outsider.ShotAsync("other-shop-contact-refused");
        Assert.Equal(404, status);
        Assert.DoesNotContain("Dupont", await outsider.Page.ContentAsync());
        Assert.Equal(404, await outsider.OpenAsync($"/shops/{slug}"));
        Assert.DoesNotContain(slug, string.Join(' ', await outsider.MenuAsync()));
    }

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task Staff_UsesTheKeyboardSwitchesToEnglishOnAPhoneThenSignsOut()
    {
        var email = $"staff-{PlatformSteps.NewSlug()}@example.fr";
        await using (var platform = await BrowserUser.SignInAsync(fixture, "language", "platform", WebHost.AdminEmail))
        {
            await PlatformSteps.AddUserAsync(platform, "demo", email, "staff");
        }

        await using var staff = await BrowserUser.SignInAsync(fixture, "language", "staff", email);
        await staff.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await staff.Page.EvaluateAsync<string>("document.activeElement.textContent"));

        await staff.Page.SetViewportSizeAsync(390, 844);
        await staff.Page.Locator(".user-menu summary").ClickAsync();
        await staff.Page.GetByLabel("Langue").SelectOptionAsync("en");
        await staff.ShotAsync("phone-user-menu");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Changer", Exact = true }).ClickAsync();
        await staff.Page.Locator("html[lang=en]").WaitForAsync();
        await staff.ShotAsync("phone-english-home");
        Assert.Contains("Home", await staff.MenuAsync());
        Assert.StartsWith("Home", await staff.Page.Locator("h1").InnerTextAsync());

        await staff.Page.Locator(".user-menu summary").ClickAsync();
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await staff.Page.Locator("#email").WaitForAsync();
        await staff.ShotAsync("signed-out");
        Assert.Equal(302, (await staff.Page.APIRequest.GetAsync("/shops/demo", new() { MaxRedirects = 0 })).Status);
    }
}
