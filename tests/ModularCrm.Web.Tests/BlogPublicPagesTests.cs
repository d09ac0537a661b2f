using Microsoft.Playwright;
using ModularCrm.Testing;

namespace ModularCrm.Web.Tests;

/// <summary>
/// The public blog in Debian's Chromium: staff write a post through the staff pages, a visitor with no account reads
/// it, finds it by tag and search, comments, and sees the comment once staff approved it. Screenshots of every step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BlogPublicPagesTests(BrowserFixture fixture)
{
    private const string NeedsChromium = "Debian's Chromium (apt-get install -y chromium)";

    [RequiresFileFact(BrowserFixture.Chromium, NeedsChromium)]
    public async Task Visitor_ReadsAPostFindsItByTagAndSearch_CommentsAndSeesItAfterModeration()
    {
        var slug = PlatformSteps.NewSlug();
        await using var staff = await BrowserUser.SignInAsync(fixture, "blog", "staff", WebHost.AdminEmail);
        await PlatformSteps.CreateShopAsync(staff, slug);
        await PlatformSteps.SwitchModuleAsync(staff, slug, "Activer", "Blog");

        await staff.OpenAsync($"/shops/{slug}/blog/new");
        await staff.Page.Locator("#title").FillAsync("Nos chocolats de Noël <édition 2026>");
        await staff.Page.Locator("#body").FillAsync("Des **pralinés** maison.\n\n[Un lien piégé](javascript:alert(1))");
        await staff.Page.Locator("#tags").FillAsync("Chocolat, Noël");
        await staff.Page.Locator("#author").FillAsync("Marie");
        await staff.Page.Locator("#status").SelectOptionAsync("published");
        await staff.ShotAsync("post-form");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await staff.Page.GetByRole(AriaRole.Status).WaitForAsync();
        await staff.ShotAsync("post-saved");

        await using var visitorContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "fr-FR" });
        var visitor = await visitorContext.NewPageAsync();
        var step = 0;
        Task Shot(string name) => visitor.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"blog-visitor-{++step:00}-{name}.png"),
            FullPage = true,
        });

        await visitor.GotoAsync($"/p/{slug}/blog");
        await Shot("list");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Nos chocolats de Noël <édition 2026>" }).ClickAsync();
        await visitor.Locator("h1").WaitForAsync();
        await Shot("post");
        Assert.Equal("Nos chocolats de Noël <édition 2026>", await visitor.Locator("h1").InnerTextAsync());
        Assert.Equal("pralinés", await visitor.Locator(".content strong").InnerTextAsync());
        Assert.Equal("#", await visitor.GetByRole(AriaRole.Link, new() { Name = "Un lien piégé" }).GetAttributeAsync("href"));
        Assert.Equal("Nos chocolats de Noël <édition 2026>", await visitor.Locator("meta[property='og:title']").GetAttributeAsync("content"));
        Assert.EndsWith($"/p/{slug}/blog/nos-chocolats-de-noel-edition-2026", visitor.Url);

        await visitor.GetByRole(AriaRole.Link, new() { Name = "Noël", Exact = true }).ClickAsync();
        await visitor.Locator("h1", new() { HasTextString = "Articles « Noël »" }).WaitForAsync();
        await Shot("tag");

        await visitor.GetByLabel("Rechercher un article").FillAsync("pralinés");
        await visitor.GetByLabel("Rechercher un article").PressAsync("Enter");
        await visitor.Locator("h1", new() { HasTextString = "Recherche « pralinés »" }).WaitForAsync();
        await Shot("search");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Nos chocolats de Noël <édition 2026>" }).ClickAsync();

        await visitor.GetByLabel("Nom", new() { Exact = true }).FillAsync("Luc");
        await visitor.GetByLabel("E-mail (non publié)").FillAsync("luc@exemple.fr");
        await visitor.GetByLabel("Commentaire", new() { Exact = true }).FillAsync("Hâte de goûter <b>ça</b> !");
        await Shot("comment-form");
        await Task.Delay(TimeSpan.FromSeconds(3.5)); // a person reads before sending: the form refuses faster answers
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Envoyer le commentaire" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Status).WaitForAsync();
        await Shot("comment-held");
        Assert.Contains("après relecture", await visitor.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal(0, await visitor.Locator("article.comment").CountAsync());

        await staff.OpenAsync($"/shops/{slug}/blog/comments");
        await staff.ShotAsync("moderation");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Approuver" }).ClickAsync();
        await staff.Page.GetByText("Aucun commentaire ici.").WaitForAsync();
        await staff.ShotAsync("approved");

        await visitor.ReloadAsync();
        await Shot("comment-shown");
        Assert.Equal("Hâte de goûter <b>ça</b> !", await visitor.Locator("article.comment p:not(.meta)").InnerTextAsync());
    }
}
