namespace ModularCrm.Sdk.Documents;

/// <summary>
/// Turns a print-ready HTML page into PDF bytes (A4, the page's own <c>@page</c> rules win). Inject it in a module
/// endpoint, typically with HTML rendered by <see cref="Templates.ITemplateRenderer"/>.
/// </summary>
/// <remarks>
/// The host implements it with a headless browser that may be missing on a given machine: check
/// <see cref="IsAvailable"/> or catch <see cref="PdfRendererUnavailableException"/> and answer 503, while the HTML
/// view keeps working. The page is rendered offline: it must carry its styles and images inline.
/// </remarks>
public interface IPdfRenderer
{
    /// <summary>False when this host cannot produce PDFs (no browser installed); <see cref="RenderAsync"/> would throw.</summary>
    bool IsAvailable { get; }

    /// <summary>Renders <paramref name="html"/> (a whole document) to PDF.</summary>
    /// <param name="html">The HTML document.</param>
    /// <param name="cancellationToken">Cancels the wait for the browser and the render.</param>
    /// <returns>The PDF file's bytes.</returns>
    /// <exception cref="PdfRendererUnavailableException">No browser could be used; the message says why.</exception>
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default);
}
