namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>How an issue's body is written.</summary>
internal static class IssueFormats
{
    /// <summary>Markdown, raw HTML in it disabled (shown as text).</summary>
    public const string Markdown = "markdown";

    /// <summary>HTML from the editor, used as written.</summary>
    public const string Html = "html";

    public static readonly string[] All = [Markdown, Html];
}
