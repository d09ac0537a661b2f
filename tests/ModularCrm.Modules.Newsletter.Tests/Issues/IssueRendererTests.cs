using ModularCrm.Modules.Newsletter.Issues;

namespace ModularCrm.Modules.Newsletter.Tests.Issues;

public sealed class IssueRendererTests
{
    [Fact]
    public void ContentHtml_Markdown_RendersHeadingsEmphasisAndLinks()
    {
        var html = IssueRenderer.ContentHtml(IssueFormats.Markdown, "## Nouveautés\n\nDu **thé** et [des ateliers](https://boutique.fr/ateliers).");

        Assert.Contains("<h2", html);
        Assert.Contains("<strong>thé</strong>", html);
        Assert.Contains("<a href=\"https://boutique.fr/ateliers\">des ateliers</a>", html);
    }

    [Fact]
    public void ContentHtml_MarkdownWithRawHtml_WritesItAsText()
    {
        var html = IssueRenderer.ContentHtml(IssueFormats.Markdown, "Bonjour <script>alert(1)</script> <img src=x onerror=alert(2)>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void ContentHtml_Html_IsUsedAsWritten()
    {
        Assert.Equal("<p style=\"color:red\">Promo</p>", IssueRenderer.ContentHtml(IssueFormats.Html, "<p style=\"color:red\">Promo</p>"));
    }
}
