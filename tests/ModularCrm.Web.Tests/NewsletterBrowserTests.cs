using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;

namespace ModularCrm.Web.Tests;

/// <summary>
/// The newsletter in Chromium: staff create a newsletter through the pages, a visitor subscribes on the public page and
/// confirms through the link of the e-mail (taken from the e-mailing module's pickup folder, which the host's own
/// delivery job writes), then staff see the confirmed subscriber. Screenshots of each step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class NewsletterBrowserTests(BrowserFixture fixture)
{
    private const string NeedsChromium = "Debian's Chromium (apt-get install -y chromium)";

    // The e-mailing module's default pickup folder (no SMTP server configured), under the test's output folder.
    private static readonly string Pickup = Path.Combine(AppContext.BaseDirectory, "data", "mail-pickup");

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task Staff_CreateANewsletter_AVisitorSubscribesAndConfirms_ThenStaffSeeTheSubscriber()
    {
        var slug = PlatformSteps.NewSlug();
        var staffEmail = $"redaction-{slug}@example.fr";
        var visitorEmail = $"lectrice-{slug}@example.fr";
        await using (var platform = await BrowserUser.SignInAsync(fixture, "newsletter", "platform", WebHost.AdminEmail))
        {
            await PlatformSteps.CreateShopAsync(platform, slug);
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "Contacts");
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "E-mailing");
            await PlatformSteps.SwitchModuleAsync(platform, slug, "Activer", "Newsletter");
            await PlatformSteps.AddUserAsync(platform, slug, staffEmail, "staff");
        }

        await using var staff = await BrowserUser.SignInAsync(fixture, "newsletter", "staff", staffEmail);
        await staff.Page.Locator("nav.main-menu").GetByRole(AriaRole.Link, new() { Name = "Lettres d'information", Exact = true }).ClickAsync();
        await staff.Page.GetByLabel("Identifiant (dans les adresses, définitif)").FillAsync("actus");
        await staff.Page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Les actus de la boutique");
        await staff.ShotAsync("newsletter-form");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Créer la lettre" }).ClickAsync();
        await staff.Page.GetByRole(AriaRole.Status).WaitForAsync();
        await staff.ShotAsync("newsletter-created");
        Assert.Equal("Les actus de la boutique", await staff.Page.Locator("h1").InnerTextAsync());
        var subscribersPath = new Uri(staff.Page.Url).AbsolutePath + "/subscribers";

        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "fr-FR" });
        var visitor = await context.NewPageAsync();
        Assert.Equal(200, (await visitor.GotoAsync($"/p/{slug}/newsletter/actus"))?.Status);
        await visitor.GetByLabel("Adresse e-mail").FillAsync(visitorEmail);
        await ShotAsync(visitor, "visitor-form");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "S'inscrire à « Les actus de la boutique »" }).ClickAsync();
        await visitor.GetByText("Vérifiez votre boîte de réception").WaitForAsync();
        await ShotAsync(visitor, "visitor-check-inbox");

        var confirmLink = await ConfirmLinkAsync(visitorEmail);
        Assert.StartsWith($"{fixture.BaseUrl}/p/{slug}/newsletter/confirm/", confirmLink);
        await visitor.GotoAsync(confirmLink);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Je confirme mon inscription" }).ClickAsync();
        await visitor.GetByText("Inscription confirmée").WaitForAsync();
        await ShotAsync(visitor, "visitor-confirmed");

        await staff.OpenAsync(subscribersPath);
        await staff.ShotAsync("subscribers");
        var row = staff.Page.Locator("tr", new() { HasTextString = visitorEmail });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("Confirmé", await row.InnerTextAsync());
    }

    // The host's delivery job runs every few seconds: wait for the confirmation e-mail to this address.
    private static async Task<string> ConfirmLinkAsync(string address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var mail = Directory.Exists(Pickup)
                ? Directory.GetFiles(Pickup, "*.eml").Select(f => EmlMessage.Parse(File.ReadAllText(f))).FirstOrDefault(m => m.Header("To").Contains(address, StringComparison.OrdinalIgnoreCase))
                : null;
            if (mail is not null)
            {
                var link = ConfirmHref().Match(mail.Body("text/html"));
                Assert.True(link.Success, "no confirmation link in " + mail.Body("text/html"));
                return WebUtility.HtmlDecode(link.Groups[1].Value);
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"no confirmation e-mail to {address} in {Pickup} after 60 s");
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"newsletter-visitor-{name}.png"), FullPage = true });

    [GeneratedRegex("href=\"([^\"]+/newsletter/confirm/[^\"]+)\"")]
    private static partial Regex ConfirmHref();
}
