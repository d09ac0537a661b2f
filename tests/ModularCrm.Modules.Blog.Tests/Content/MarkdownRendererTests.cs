using ModularCrm.Modules.Blog.Content;

namespace ModularCrm.Modules.Blog.Tests.Content;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void ToHtml_Markdown_GivesHeadingsEmphasisAndLinks()
    {
        var html = MarkdownRenderer.ToHtml("## Nouveautés\n\nDu **chocolat** et [notre boutique](https://exemple.fr/boutique).");

        Assert.Contains("<h2", html);
        Assert.Contains("<strong>chocolat</strong>", html);
        Assert.Contains("<a href=\"https://exemple.fr/boutique\">notre boutique</a>", html);
    }

    [Fact]
    public void ToHtml_RawHtml_IsShownAsTextNeverAsMarkup()
    {
        var html = MarkdownRenderer.ToHtml("Bonjour <script>alert(1)</script> et <img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">bloc</div>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<div", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](JavaScript:alert(1))")]
    [InlineData("[clic](java&#x09;script:alert(1))")]
    [InlineData("[clic](&#106;avascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[clic][x]\n\n[x]: javascript:alert(1)")]
    [InlineData("![image](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[clic](vbscript:msgbox)")]
    public void ToHtml_DangerousLink_BecomesAHashLink(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"#\"", html);
    }

    [Theory]
    [InlineData("https://exemple.fr", true)]
    [InlineData("mailto:contact@exemple.fr", true)]
    [InlineData("tel:+33123456789", true)]
    [InlineData("/p/demo/blog/autre-article", true)]
    [InlineData("autre-article#suite", true)]
    [InlineData("page?x=a:b", true)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    public void IsSafeUrl_AllowsWebMailPhoneAndRelativeOnly(string url, bool safe) => Assert.Equal(safe, MarkdownRenderer.IsSafeUrl(url));

    [Fact]
    public void PlainExcerpt_LongBody_IsPlainTextCutAtAWordWithAnEllipsis()
    {
        var excerpt = MarkdownRenderer.PlainExcerpt("# Titre\n\n" + string.Join(' ', Enumerable.Repeat("**gourmand**", 60)), 50);

        Assert.DoesNotContain("*", excerpt);
        Assert.DoesNotContain("#", excerpt);
        Assert.EndsWith("gourmand…", excerpt);
        Assert.True(excerpt.Length <= 50);
    }
}
