using Microsoft.Playwright;
using ModularCrm.Testing;

namespace ModularCrm.Web.Tests;

/// <summary>
/// The layout on a phone (360 px wide): menus, a module's sub-menu, a long table and the admin's register page stay
/// inside the screen (no sideways scrolling of the page), and the controls stay reachable. Screenshots of each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutMobileTests(BrowserFixture fixture)
{
    private const string NeedsChromium = "Debian's Chromium (apt-get install -y chromium)";

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task Phone360_ContactsRegisterAndImportPages_DoNotScrollSideways()
    {
        var slug = PlatformSteps.NewSlug();
        await using (var platform = await BrowserUser.SignInAsync(fixture, "mobile", "platform", WebHost.AdminEmail))
        {
            await PlatformSteps.CreateShopAsync(platform, slug);
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "Contacts");
        }

        await using var admin = await BrowserUser.SignInAsync(fixture, "mobile", "admin", WebHost.AdminEmail, viewport: new ViewportSize { Width = 360, Height = 740 });
        foreach (var (path, name) in new[]
        {
            ($"/shops/{slug}", "home"),
            ($"/shops/{slug}/contacts", "contacts"),
            ($"/shops/{slug}/contacts/import", "import"),
            ($"/shops/{slug}/_admin/register", "register"),
            ($"/shops/{slug}/_admin/modules", "modules"),
        })
        {
            Assert.Equal(200, await admin.OpenAsync(path));
            await admin.ShotAsync("360-" + name);
            var width = await admin.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 360, $"{path} is {width} px wide on a 360 px screen");
        }

        await admin.OpenAsync($"/shops/{slug}/contacts");
        var subMenu = admin.Page.Locator("nav.sub-menu a").First;
        var box = await subMenu.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 360, "the contacts sub-menu starts off screen");
    }
}
