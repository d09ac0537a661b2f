using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using ModularCrm.Sdk.Documents;

namespace ModularCrm.Host.Documents;

/// <summary>
/// <see cref="IPdfRenderer"/> through Playwright driving the system's Chromium. The browser is launched on the first
/// render and kept warm for the host's lifetime (a cold Chromium costs seconds, a page on a warm one a fraction);
/// each render gets its own page, so renders run side by side. A browser that died is launched again.
/// </summary>
internal sealed class PlaywrightPdfRenderer(IOptions<PdfOptions> options, ILogger<PlaywrightPdfRenderer> logger) : IPdfRenderer, IAsyncDisposable, IDisposable
{
    // Playwright never downloads a browser here: it runs the one at ChromiumPath with these switches
    // (see /work/shared/ENVIRONMENT.md); the sandbox needs user namespaces that containers often lack.
    private static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly SemaphoreSlim launchLock = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public bool IsAvailable => File.Exists(options.Value.ChromiumPath);

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var warm = await BrowserAsync(cancellationToken);
        var page = await warm.NewPageAsync();
        try
        {
            var timeout = (float)options.Value.Timeout.TotalMilliseconds;
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout });
            cancellationToken.ThrowIfCancellationRequested();
            return await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        var (closing, driver) = (browser, playwright);
        (browser, playwright) = (null, null);
        if (closing is not null)
        {
            await closing.CloseAsync();
        }

        driver?.Dispose();
    }

    /// <summary>For containers disposed synchronously (a test host's): same as <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (browser is { IsConnected: true } ready)
        {
            return ready;
        }

        var path = options.Value.ChromiumPath;
        if (!File.Exists(path))
        {
            throw new PdfRendererUnavailableException($"Chromium introuvable ({path}) : installez-le (apt-get install -y chromium) ou réglez Pdf:ChromiumPath. La vue HTML reste disponible.");
        }

        await launchLock.WaitAsync(cancellationToken);
        try
        {
            if (browser is { IsConnected: true } launched)
            {
                return launched;
            }

            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Args });
            logger.LogInformation("Chromium {Version} launched from {Path} for PDF rendering", browser.Version, path);
            return browser;
        }
        catch (PlaywrightException exception)
        {
            throw new PdfRendererUnavailableException($"Chromium ({path}) n'a pas pu démarrer : {exception.Message}", exception);
        }
        finally
        {
            launchLock.Release();
        }
    }
}
