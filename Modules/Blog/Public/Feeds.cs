using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Blog.Content;
using ModularCrm.Modules.Blog.Posts;

namespace ModularCrm.Modules.Blog.Public;

/// <summary>RSS 2.0, Atom 1.0 and the sitemap, written with <see cref="XmlWriter"/> (escaping is its job), every URL absolute.</summary>
internal static class Feeds
{
    public const int FeedSize = 20;

    public static IResult Rss(string shopName, PublicUrls urls, IReadOnlyList<PostRow> posts, DateTimeOffset now) => Xml("application/rss+xml", w =>
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
        w.WriteStartElement("channel");
        w.WriteElementString("title", $"Le blog de {shopName}");
        w.WriteElementString("link", urls.Root);
        w.WriteElementString("description", $"Les articles de {shopName}");
        w.WriteElementString("language", "fr-fr");
        w.WriteElementString("lastBuildDate", (posts.FirstOrDefault()?.PublishAt ?? now).ToString("r", CultureInfo.InvariantCulture));
        w.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
        w.WriteAttributeString("href", urls.Rss);
        w.WriteAttributeString("rel", "self");
        w.WriteAttributeString("type", "application/rss+xml");
        w.WriteEndElement();
        foreach (var post in posts)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", post.Title);
            w.WriteElementString("link", urls.Post(post.Slug));
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "true");
            w.WriteString(urls.Post(post.Slug));
            w.WriteEndElement();
            w.WriteElementString("pubDate", post.PublishAt!.Value.ToString("r", CultureInfo.InvariantCulture));
            w.WriteElementString("description", post.Excerpt ?? MarkdownRenderer.PlainExcerpt(post.Body));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });

    public static IResult Atom(string shopName, PublicUrls urls, IReadOnlyList<PostRow> posts, DateTimeOffset now) => Xml("application/atom+xml", w =>
    {
        const string ns = "http://www.w3.org/2005/Atom";
        w.WriteStartElement("feed", ns);
        w.WriteElementString("title", ns, $"Le blog de {shopName}");
        w.WriteElementString("id", ns, urls.Root);
        w.WriteElementString("updated", ns, Stamp(posts.Count == 0 ? now : posts.Max(p => p.UpdatedAt > p.PublishAt ? p.UpdatedAt : p.PublishAt!.Value)));
        Link(w, urls.Atom, "self", "application/atom+xml");
        Link(w, urls.Root, "alternate", "text/html");
        w.WriteStartElement("author", ns);
        w.WriteElementString("name", ns, shopName);
        w.WriteEndElement();
        foreach (var post in posts)
        {
            w.WriteStartElement("entry", ns);
            w.WriteElementString("title", ns, post.Title);
            w.WriteElementString("id", ns, urls.Post(post.Slug));
            Link(w, urls.Post(post.Slug), "alternate", "text/html");
            w.WriteElementString("published", ns, Stamp(post.PublishAt!.Value));
            w.WriteElementString("updated", ns, Stamp(post.UpdatedAt > post.PublishAt ? post.UpdatedAt : post.PublishAt.Value));
            if (post.Author is not null)
            {
                w.WriteStartElement("author", ns);
                w.WriteElementString("name", ns, post.Author);
                w.WriteEndElement();
            }

            w.WriteElementString("summary", ns, post.Excerpt ?? MarkdownRenderer.PlainExcerpt(post.Body));
            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    public static IResult Sitemap(PublicUrls urls, IReadOnlyList<PostRow> posts, IReadOnlyList<string> tagSlugs) => Xml("application/xml", w =>
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        w.WriteStartElement("urlset", ns);
        Url(w, ns, urls.Root, posts.Count == 0 ? null : posts.Max(p => p.UpdatedAt));
        foreach (var post in posts)
        {
            Url(w, ns, urls.Post(post.Slug), post.UpdatedAt > post.PublishAt ? post.UpdatedAt : post.PublishAt);
        }

        foreach (var tag in tagSlugs)
        {
            Url(w, ns, urls.Tag(tag), null);
        }

        w.WriteEndElement();
    });

    private static void Url(XmlWriter w, string ns, string loc, DateTimeOffset? modified)
    {
        w.WriteStartElement("url", ns);
        w.WriteElementString("loc", ns, loc);
        if (modified is { } at)
        {
            w.WriteElementString("lastmod", ns, Stamp(at));
        }

        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string href, string rel, string type)
    {
        w.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        w.WriteAttributeString("href", href);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult Xml(string contentType, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return Results.Bytes(stream.ToArray(), contentType + "; charset=utf-8");
    }
}
