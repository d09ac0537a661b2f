using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModularCrm.Testing;

namespace ModularCrm.Web.Tests;

/// <summary>
/// The CSV import in Chromium, as shop staff do it: upload the trade-fair file, check the suggested mapping, see the dry
/// run flag the mistyped e-mail and the short phone, run it, and follow the background import's page (which reloads
/// itself, no script) to its final report. Screenshots of each step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ContactImportBrowserTests(BrowserFixture fixture)
{
    private const string NeedsChromium = "Debian's Chromium (apt-get install -y chromium)";

    private static string Kolibri => Path.Combine(RepoPaths.Shared, "fixtures", "kolibri-prospects-salon.csv");

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task Staff_ImportTheTradeFairFile_DryRunFlagsTheTypoAndShortPhone_ThenTheJobFinishesWithItsReport()
    {
        var slug = PlatformSteps.NewSlug();
        var staffEmail = $"accueil-{slug}@example.fr";
        await using (var platform = await BrowserUser.SignInAsync(fixture, "import", "platform", WebHost.AdminEmail))
        {
            await PlatformSteps.CreateShopAsync(platform, slug);
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "Contacts");
            await PlatformSteps.AddUserAsync(platform, slug, staffEmail, "staff");
        }

        await using var staff = await BrowserUser.SignInAsync(fixture, "import", "staff", staffEmail);
        var page = staff.Page;
        await page.Locator("nav.main-menu").GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }).ClickAsync();
        await page.Locator("nav.sub-menu").GetByRole(AriaRole.Link, new() { Name = "Import CSV" }).ClickAsync();
        await page.GetByLabel("Fichier CSV").SetInputFilesAsync(Kolibri);
        await staff.ShotAsync("file-chosen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer et associer les colonnes" }).ClickAsync();

        Assert.Equal("Email", await page.GetByLabel("E-mail", new() { Exact = true }).InputValueAsync());
        Assert.Equal("LastName", await page.GetByLabel("Nom", new() { Exact = true }).InputValueAsync());
        await staff.ShotAsync("mapping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuler l'import" }).ClickAsync();

        Assert.Equal("9", await page.Locator("#created").InnerTextAsync());
        var row8 = page.Locator("tbody tr", new() { Has = page.Locator("th", new() { HasTextRegex = new Regex("^8$") }) });
        var reasons = await row8.InnerTextAsync();
        Assert.Contains("orange.frr", reasons);
        Assert.Contains("agence.immo69@orange.fr", reasons);
        Assert.Contains("04.37.23.69.6", reasons);
        await staff.ShotAsync("dry-run-flags-row-8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lancer l'import" }).ClickAsync();

        Assert.Matches(ProgressPath(), new Uri(page.Url).AbsolutePath);
        await staff.ShotAsync("progress");
        // The page reloads itself every 2 s (meta refresh) until the background job has finished.
        await page.GetByText("Import terminé : les contacts sont enregistrés.").WaitForAsync(new() { Timeout = 60_000 });
        await staff.ShotAsync("final-report");

        Assert.Equal("9", await page.Locator("#created").InnerTextAsync());
        Assert.Equal(0, await page.Locator("meta[http-equiv='refresh']").CountAsync());
        Assert.Contains("orange.frr", await page.Locator("table").InnerTextAsync());
    }

    [GeneratedRegex("^/shops/[^/]+/contacts/import/jobs/[0-9]+$")]
    private static partial Regex ProgressPath();
}
