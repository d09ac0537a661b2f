using Microsoft.Playwright;

namespace ModularCrm.Web.Tests;

/// <summary>
/// One person in their own browser context (own cookies), who signs in through the form and leaves a screenshot
/// of each step, numbered, in <see cref="BrowserFixture.ScreenshotFolder"/>.
/// </summary>
internal sealed class BrowserUser : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string prefix;
    private int step;

    private BrowserUser(IBrowserContext context, IPage page, string prefix)
    {
        this.context = context;
        Page = page;
        this.prefix = prefix;
    }

    public IPage Page { get; }

    /// <param name="viewport">The window's size; null for Playwright's default (1280 × 720). A phone is 360 wide.</param>
    public static async Task<BrowserUser> SignInAsync(
        BrowserFixture fixture, string scenario, string who, string email, string password = WebHost.Password, ViewportSize? viewport = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "fr-FR", ViewportSize = viewport });
        // `dotnet test` runs the test assemblies side by side: on a 2-core CI machine the ModuleKit packs and builds can
        // starve the host, and one sign-in answer once took longer than Playwright's 30 s default. A wrong page still
        // fails the assertions; only a slow one is waited for.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var user = new BrowserUser(context, await context.NewPageAsync(), $"{scenario}-{who}");
        await user.Page.GotoAsync("/account/sign-in");
        await user.Page.GetByLabel("E-mail").FillAsync(email);
        await user.Page.GetByLabel("Mot de passe").FillAsync(password);
        await user.ShotAsync("sign-in-form");
        await user.Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await user.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await user.ShotAsync("signed-in");
        return user;
    }

    /// <summary>Opens <paramref name="path"/> and returns the response's status.</summary>
    public async Task<int> OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response?.Status ?? 0;
    }

    public Task ShotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{prefix}-{++step:00}-{name}.png"),
            FullPage = true,
        });

    /// <summary>The entries of the main menu, as the user reads them.</summary>
    public async Task<IReadOnlyList<string>> MenuAsync() =>
        (await Page.Locator("nav.main-menu a").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
