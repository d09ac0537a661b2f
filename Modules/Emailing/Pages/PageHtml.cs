namespace ModularCrm.Modules.Emailing.Pages;

/// <summary>
/// Encoding for the staff pages: only what HTML needs (&amp; &lt; &gt; " '), like the template engine, so French text
/// stays readable in the page source (WebUtility would write é as &amp;#233;).
/// </summary>
internal static class PageHtml
{
    public static string E(string? text) =>
        (text ?? string.Empty).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
