using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ModularCrm.Testing;

namespace ModularCrm.Web.Tests;

/// <summary>
/// The daily sales chain in Debian's Chromium, as staff click it: contact, quote, validation, acceptance, order,
/// partial delivery, invoice of what was delivered, payment, the invoice's PDF; then a staff member of another shop
/// tries every page of it. A screenshot of each step goes to the artifacts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SalesWalkTests(BrowserFixture fixture)
{
    private const string NeedsChromium = "Debian's Chromium (apt-get install -y chromium)";

    // poppler-utils: checked when present (CI installs it); without it the test still checks the PDF's type and signature.
    private const string PdfToText = "/usr/bin/pdftotext";

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task Staff_QuoteToPaidInvoiceAndItsPdf_AStaffMemberOfAnotherShopReachesNoneOfIt()
    {
        var slug = PlatformSteps.NewSlug();
        var other = PlatformSteps.NewSlug();
        var staffEmail = $"vendeur-{slug}@example.fr";
        var outsiderEmail = $"vendeur-{other}@example.fr";
        await using (var platform = await BrowserUser.SignInAsync(fixture, "sales", "platform", WebHost.AdminEmail))
        {
            foreach (var (shop, email) in new[] { (slug, staffEmail), (other, outsiderEmail) })
            {
                await PlatformSteps.CreateShopAsync(platform, shop);
                await PlatformSteps.SwitchModuleAsync(platform, shop, "Activer", "Contacts");
                await PlatformSteps.SwitchModuleAsync(platform, shop, "Activer", "Ventes");
                await PlatformSteps.AddUserAsync(platform, shop, email, "staff");
            }

            // The legal mentions are the shop admin's (staff get a 403 page): the platform admin is one in every shop.
            await SetLegalMentionsAsync(platform, slug);
        }

        await using var staff = await BrowserUser.SignInAsync(fixture, "sales", "staff", staffEmail);
        var contactId = await CreateContactAsync(staff);

        var pages = new List<string>();
        var page = staff.Page;
        await page.Locator("nav.main-menu").GetByRole(AriaRole.Link, new() { Name = "Ventes", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau devis" }).ClickAsync();
        await page.GetByLabel("Client : numéro du contact").FillAsync(contactId);
        await page.Locator("#quote-line1-description").FillAsync("Tasse en grès émaillé");
        await page.Locator("#quote-line1-quantity").FillAsync("10");
        await page.Locator("#quote-line1-unitPriceExclVat").FillAsync("12,50");
        await page.Locator("#quote-line2-description").FillAsync("Livre de recettes");
        await page.Locator("#quote-line2-quantity").FillAsync("2");
        await page.Locator("#quote-line2-unitPriceExclVat").FillAsync("30");
        await page.Locator("#quote-line2-vatRate").SelectOptionAsync("5.5");
        await staff.ShotAsync("quote-form");
        await ClickAsync(staff, "Créer le devis", "quote-draft");
        pages.Add(Path(page));
        Assert.Equal("Marie Dupont", (await page.Locator(".document-header dd").Nth(2).InnerTextAsync()).Trim());
        Assert.Equal("213,30 €", Normal(await page.Locator(".total-incl").InnerTextAsync()));

        await ClickAsync(staff, "Valider le devis", "quote-validated");
        Assert.Matches("^DE\\d{4}-0001$", await page.Locator(".document-number").InnerTextAsync());
        await ClickAsync(staff, "Accepter le devis", "quote-accepted");
        Assert.Equal("accepté", await page.Locator(".document-status").InnerTextAsync());

        await ClickAsync(staff, "Transformer en commande", "order-draft");
        pages.Add(Path(page));
        await ClickAsync(staff, "Valider la commande", "order-validated");
        await page.Locator("#deliver-line1").FillAsync("4");
        await staff.ShotAsync("delivery-form");
        await ClickAsync(staff, "Créer le bon de livraison", "delivery-note");
        pages.Add(Path(page));
        await page.Locator("#links").Locator("..").GetByRole(AriaRole.Link).First.ClickAsync();
        await staff.ShotAsync("order-partially-delivered");
        Assert.Equal("partiellement livrée", await page.Locator(".document-status").InnerTextAsync());

        await page.GetByLabel("Que facturer ?").SelectOptionAsync("DeliveredNotInvoiced");
        await ClickAsync(staff, "Créer la facture", "invoice-draft");
        pages.Add(Path(page));
        Assert.Equal("60,00 €", Normal(await page.Locator(".total-incl").InnerTextAsync()));
        await ClickAsync(staff, "Valider la facture", "invoice-validated");
        var number = await page.Locator(".document-number").InnerTextAsync();
        Assert.Matches("^FA\\d{4}-00001$", number);

        await page.GetByLabel("Moyen de paiement").SelectOptionAsync("Transfer");
        await page.GetByLabel("Montant (€)").FillAsync("60,00");
        await staff.ShotAsync("payment-form");
        await ClickAsync(staff, "Enregistrer le paiement", "invoice-paid");
        Assert.Equal("payée", await page.Locator(".document-status").InnerTextAsync());
        Assert.Equal("0,00 €", Normal(await page.Locator(".amount-due").InnerTextAsync()));

        var pdfPath = await page.GetByRole(AriaRole.Link, new() { Name = "PDF", Exact = true }).GetAttributeAsync("href");
        var pdf = await page.APIRequest.GetAsync(pdfPath!);
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"]);
        var bytes = await pdf.BodyAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        if (File.Exists(PdfToText))
        {
            Assert.Contains(number, await PdfTextAsync(bytes));
        }

        await page.GotoAsync($"/api/shops/{slug}/sales/invoices/{pages[^1].Split('/')[^1]}/html");
        await staff.ShotAsync("invoice-print-view");
        pages.Add(pdfPath!);

        await using var outsider = await BrowserUser.SignInAsync(fixture, "sales", "outsider", outsiderEmail);
        foreach (var path in pages)
        {
            var status = await outsider.OpenAsync(path);
            Assert.True(status is 403 or 404, $"{path}: {status}");
            Assert.DoesNotContain("Dupont", await outsider.Page.ContentAsync());
        }

        await outsider.ShotAsync("other-shop-refused");
    }

    private static async Task<string> CreateContactAsync(BrowserUser staff)
    {
        await staff.Page.Locator("nav.main-menu").GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }).ClickAsync();
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Nouveau contact" }).ClickAsync();
        await staff.Page.GetByLabel("Prénom").FillAsync("Marie");
        await staff.Page.GetByLabel("Nom (obligatoire pour une personne)").FillAsync("Dupont");
        await staff.Page.GetByLabel("E-mail").FillAsync("marie.dupont@gmail.com");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Créer le contact" }).ClickAsync();
        await staff.Page.GetByRole(AriaRole.Status).WaitForAsync();
        await staff.ShotAsync("contact-created");
        return ContactId().Match(staff.Page.Url).Groups[1].Value;
    }

    /// <summary>Invoices print as PDF only once the shop's legal mentions are set (by a shop admin).</summary>
    private static async Task SetLegalMentionsAsync(BrowserUser admin, string slug)
    {
        await admin.OpenAsync($"/shops/{slug}/sales/settings");
        await admin.Page.GetByLabel("Raison sociale").FillAsync("Poterie du Lauragais SARL");
        await admin.Page.GetByLabel("Adresse").FillAsync("12 chemin des Argiles, 31290 Villefranche-de-Lauragais");
        await admin.Page.GetByLabel("SIRET").FillAsync("73282932000074");
        await admin.Page.GetByLabel("N° de TVA intracommunautaire").FillAsync("FR44732829320");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await admin.Page.GetByRole(AriaRole.Status).WaitForAsync();
        await admin.ShotAsync("sales-settings");
    }

    /// <summary>Clicks a form's button and waits for the page it leads to (post, redirect, get).</summary>
    private static async Task ClickAsync(BrowserUser user, string button, string shot)
    {
        var before = user.Page.Url;
        await user.Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await user.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await user.ShotAsync(shot);
        Assert.True(await user.Page.Locator(".notice-error, .field-error").CountAsync() == 0, $"{button} on {before}: {await user.Page.Locator("main").InnerTextAsync()}");
    }

    private static string Path(IPage page) => new Uri(page.Url).AbsolutePath;

    private static string Normal(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();

    /// <summary>The PDF's text through poppler's pdftotext (its text is compressed: the bytes alone do not show the number).</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = System.IO.Path.Combine(BrowserFixture.ScreenshotFolder, "sales-invoice.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        using var process = Process.Start(new ProcessStartInfo(PdfToText, [file, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }

    [GeneratedRegex(@"/contacts/(\d+)")]
    private static partial Regex ContactId();
}
