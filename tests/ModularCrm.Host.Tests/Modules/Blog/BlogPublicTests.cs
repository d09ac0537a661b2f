using System.Net;
using System.Xml.Linq;

namespace ModularCrm.Host.Tests.Modules.Blog;

/// <summary>The public blog without signing in: lists, post page, tags, search, feeds, sitemap; only public posts.</summary>
public sealed class BlogPublicTests
{
    private static async Task<BlogShop> ShopWithPostsAsync()
    {
        var shop = await BlogShop.StartAsync(app => app.Settings["Modules:blog:PageSize"] = "2");
        var now = DateTimeOffset.UtcNow;
        await shop.CreateAsync(BlogShop.Post("Le plus ancien", publishAt: now.AddDays(-3), tags: ["Chocolat"]));
        await shop.CreateAsync(BlogShop.Post("Le milieu <b>gras</b> & co", publishAt: now.AddDays(-2), tags: ["Thé", "Chocolat"], body: "Un thé **vert** du Japon."));
        await shop.CreateAsync(BlogShop.Post("Le plus récent", publishAt: now.AddDays(-1)));
        await shop.CreateAsync(BlogShop.Post("Brouillon secret", "draft", tags: ["Chocolat"], body: "Japon"));
        await shop.CreateAsync(BlogShop.Post("Programmé secret", "scheduled", now.AddDays(2), tags: ["Chocolat"], body: "Japon"));
        return shop;
    }

    [Fact]
    public async Task List_NewestFirstTwoAPage_DraftsAndScheduledNeverShown()
    {
        using var shop = await ShopWithPostsAsync();
        using var visitor = shop.Visitor();

        var first = await visitor.GetStringAsync(BlogShop.Public);
        var second = await visitor.GetStringAsync($"{BlogShop.Public}?page=2");

        Assert.True(first.IndexOf("Le plus récent", StringComparison.Ordinal) < first.IndexOf("Le milieu", StringComparison.Ordinal));
        Assert.DoesNotContain("Le plus ancien", first);
        Assert.Contains("rel=\"next\" href=\"http://localhost/p/alpha/blog?page=2\"", first);
        Assert.Contains("Le plus ancien", second);
        Assert.Contains("rel=\"prev\"", second);
        Assert.DoesNotContain("rel=\"next\"", second);
        Assert.DoesNotContain("secret", first + second);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{BlogShop.Public}/brouillon-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{BlogShop.Public}/programme-secret")).StatusCode);
    }

    [Fact]
    public async Task PostPage_HasMetaAndOpenGraphTags_TitleIsEscaped_BodyIsMarkdown()
    {
        using var shop = await ShopWithPostsAsync();
        using var visitor = shop.Visitor();

        var page = await visitor.GetStringAsync($"{BlogShop.Public}/le-milieu-b-gras-b-co");

        Assert.Contains("<h1>Le milieu &lt;b&gt;gras&lt;/b&gt; &amp; co</h1>", page);
        Assert.DoesNotContain("<b>gras</b>", page);
        Assert.Contains("<strong>vert</strong>", page);
        Assert.Contains("<meta property=\"og:title\" content=\"Le milieu &lt;b&gt;gras&lt;/b&gt; &amp; co\">", page);
        Assert.Contains("<meta property=\"og:url\" content=\"http://localhost/p/alpha/blog/le-milieu-b-gras-b-co\">", page);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", page);
        Assert.Contains("<meta name=\"description\" content=\"Un thé vert du Japon.\">", page);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/p/alpha/blog/le-milieu-b-gras-b-co\">", page);
        Assert.Contains("href=\"http://localhost/p/alpha/blog/tag/the\">Thé</a>", page);
    }

    [Fact]
    public async Task TagPage_ListsOnlyPublicPostsOfTheTag_UnknownTagIs404()
    {
        using var shop = await ShopWithPostsAsync();
        using var visitor = shop.Visitor();

        var tag = await visitor.GetStringAsync($"{BlogShop.Public}/tag/chocolat");
        var unknown = await visitor.GetAsync($"{BlogShop.Public}/tag/inconnu");

        Assert.Contains("Articles « Chocolat »", tag);
        Assert.Contains("Le milieu", tag);
        Assert.DoesNotContain("Le plus récent", tag);
        Assert.DoesNotContain("secret", tag);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Search_FindsPublicPostsByBody_NeverDraftsNorScheduled_WildcardsAreLiteral()
    {
        using var shop = await ShopWithPostsAsync();
        using var visitor = shop.Visitor();

        var found = await visitor.GetStringAsync($"{BlogShop.Public}/search?q=japon");
        var wildcard = await visitor.GetStringAsync($"{BlogShop.Public}/search?q=%25");

        Assert.Contains("Le milieu", found);
        Assert.DoesNotContain("secret", found);
        Assert.Contains("Aucun article ne correspond", wildcard);
    }

    [Fact]
    public async Task RssAndAtom_AreValidXmlWithAbsoluteUrls_NewestFirst_PublicOnly()
    {
        using var shop = await ShopWithPostsAsync();
        using var visitor = shop.Visitor();

        var rssResponse = await visitor.GetAsync($"{BlogShop.Public}/rss.xml");
        var atomResponse = await visitor.GetAsync($"{BlogShop.Public}/atom.xml");
        var rss = XDocument.Parse(await rssResponse.Content.ReadAsStringAsync());
        var atom = XDocument.Parse(await atomResponse.Content.ReadAsStringAsync());
        XNamespace a = "http://www.w3.org/2005/Atom";

        Assert.Equal("application/rss+xml", rssResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/atom+xml", atomResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var items = rss.Root.Element("channel")!.Elements("item").ToList();
        Assert.Equal(["Le plus récent", "Le milieu <b>gras</b> & co", "Le plus ancien"], items.Select(i => i.Element("title")!.Value).ToArray());
        Assert.All(items, i => Assert.StartsWith("http://localhost/p/alpha/blog/", i.Element("link")!.Value));
        Assert.All(items, i => Assert.True(DateTimeOffset.TryParse(i.Element("pubDate")!.Value, out _)));
        var entries = atom.Root!.Elements(a + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("http://localhost/p/alpha/blog/", e.Element(a + "link")!.Attribute("href")!.Value));
        Assert.All(entries, e => Assert.NotNull(e.Element(a + "updated")));
        Assert.Equal("http://localhost/p/alpha/blog/atom.xml", atom.Root.Elements(a + "link").Single(l => l.Attribute("rel")?.Value == "self").Attribute("href")!.Value);
    }

    [Fact]
    public async Task Sitemap_ListsTheBlogPublicPostsAndTags_AllAbsolute()
    {
        using var shop = await ShopWithPostsAsync();
        using var visitor = shop.Visitor();

        var sitemap = XDocument.Parse(await visitor.GetStringAsync($"{BlogShop.Public}/sitemap.xml"));
        XNamespace s = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Root!.Elements(s + "url").Select(u => u.Element(s + "loc")!.Value).ToList();

        Assert.Equal(
            [
                "http://localhost/p/alpha/blog", "http://localhost/p/alpha/blog/le-plus-recent", "http://localhost/p/alpha/blog/le-milieu-b-gras-b-co",
                "http://localhost/p/alpha/blog/le-plus-ancien", "http://localhost/p/alpha/blog/tag/chocolat", "http://localhost/p/alpha/blog/tag/the",
            ],
            locations);
    }

    [Fact]
    public async Task PublicPages_OfAShopWithoutTheBlog_Are404()
    {
        using var shop = await BlogShop.StartAsync();
        await shop.App.CreateShopAsync("gamma");
        using var visitor = shop.Visitor();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/p/gamma/blog")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/p/gamma/blog/rss.xml")).StatusCode);
    }
}
