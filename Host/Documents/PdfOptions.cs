namespace ModularCrm.Host.Documents;

/// <summary>Configuration section <c>Pdf</c>: which Chromium renders PDFs (Debian's, never a downloaded one).</summary>
public sealed class PdfOptions
{
    /// <summary>The browser executable; PDFs are unavailable when it does not exist.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one render may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
