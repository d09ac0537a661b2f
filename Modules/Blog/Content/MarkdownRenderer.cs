using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ModularCrm.Modules.Blog.Content;

/// <summary>
/// Post bodies: Markdown to HTML with raw HTML disabled (written tags come out as text), and every link or image
/// address that is not http(s), mailto, tel or relative replaced by <c>#</c>, so no <c>javascript:</c> ever reaches a page.
/// </summary>
internal static class MarkdownRenderer
{
    public const int ExcerptLength = 200;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            link.Url = "#";
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            link.Url = "#";
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// Whether a browser would open <paramref name="url"/> as a web page, a mail or a call, or relative to the blog.
    /// Browsers ignore spaces and control characters inside a scheme ("java&#9;script:"), so they are dropped before looking.
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (delimiter >= 0 && delimiter < colon))
        {
            return true;
        }

        return SafeSchemes.Contains(compact[..colon]);
    }

    /// <summary>The body as plain text, cut at a word before <paramref name="length"/> characters: excerpts, feeds, meta descriptions.</summary>
    public static string PlainExcerpt(string markdown, int length = ExcerptLength)
    {
        var text = string.Join(' ', Markdown.ToPlainText(markdown, Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > 0 ? cut : length - 1)] + "…";
    }
}
