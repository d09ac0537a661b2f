using Microsoft.Playwright;

namespace ModularCrm.Web.Tests;

/// <summary>
/// One host and one Chromium for the browser tests: Debian's /usr/bin/chromium with the launch options of
/// shared/ENVIRONMENT.md. Playwright never downloads a browser here. Each test opens its own contexts (cookie jars).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private WebHost? host;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Where screenshots go: the test output folder's TestResults/screenshots.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return; // The tests skip with the reason (RequiresFileFact); nothing to start.
        }

        host = new WebHost();
        BaseUrl = host.BaseUrl;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        // Only this run's steps: an earlier run's pictures would read as today's.
        if (Directory.Exists(ScreenshotFolder))
        {
            Directory.Delete(ScreenshotFolder, recursive: true);
        }

        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        host?.Dispose();
    }
}
