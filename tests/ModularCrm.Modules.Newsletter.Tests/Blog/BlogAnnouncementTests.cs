using ModularCrm.Modules.Newsletter.Blog;
using ModularCrm.Modules.Newsletter.Issues;

namespace ModularCrm.Modules.Newsletter.Tests.Blog;

public sealed class BlogAnnouncementTests
{
    [Fact]
    public void Body_PostWithMarkdownCharacters_ShowsThemAsWritten()
    {
        var html = IssueRenderer.ContentHtml(IssueFormats.Markdown, BlogAnnouncement.Body("Soldes *-50 %* [enfin]", "# pas un titre <b>gras</b>", "https://boutique.fr/blog/soldes"));

        Assert.Contains("Soldes *-50 %* [enfin]", html);
        Assert.Contains("# pas un titre &lt;b&gt;gras&lt;/b&gt;", html);
        Assert.DoesNotContain("<em>", html);
        Assert.Contains("<a href=\"https://boutique.fr/blog/soldes\">Lire l'article</a>", html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData(null)]
    public void Body_UrlNotHttp_HasNoLink(string? url)
    {
        var html = IssueRenderer.ContentHtml(IssueFormats.Markdown, BlogAnnouncement.Body("Titre", "Extrait", url));

        Assert.DoesNotContain("<a ", html);
        Assert.Contains("Extrait", html);
    }
}
