using System.Globalization;
using System.Text;
using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;

namespace ModularCrm.Modules.Newsletter.Blog;

/// <summary>
/// A published blog post that names one of the shop's newsletters becomes a <b>draft</b> issue (title, excerpt, link)
/// for staff to review and send: nothing is mailed automatically. Once per post and newsletter.
/// </summary>
internal static class BlogAnnouncement
{
    public static async Task HandleAsync(EventDelivery<BlogPostPublished> delivery, IShopTransaction tx, CancellationToken ct)
    {
        var post = delivery.Payload;
        if (string.IsNullOrWhiteSpace(post.AnnounceToNewsletter) || await ListStore.FindBySlugAsync(tx, post.AnnounceToNewsletter.Trim(), ct) is not { } list)
        {
            return; // Not to be announced, or to a newsletter this shop does not have.
        }

        var source = "blog:post:" + post.PostId.ToString(CultureInfo.InvariantCulture);
        if (await IssueStore.HasSourceAsync(tx, list.Id, source, ct))
        {
            return;
        }

        var title = string.IsNullOrWhiteSpace(post.Title) ? "Nouvel article" : post.Title.Trim();
        var subject = title.Length > 500 ? title[..500] : title;
        await IssueStore.InsertAsync(tx, list.Id, subject, IssueFormats.Markdown, Body(title, post.Excerpt, post.Url), source, delivery.OccurredAt, ct);
    }

    /// <summary>The draft's Markdown: the post's own text escaped (it is not Markdown), the link only when it is http(s).</summary>
    public static string Body(string title, string? excerpt, string? url)
    {
        var body = new StringBuilder().Append("## ").Append(Escape(title)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(excerpt))
        {
            body.Append(Escape(excerpt.Trim())).Append("\n\n");
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https")
        {
            body.Append("[Lire l'article](<").Append(link.AbsoluteUri.Replace(">", "%3E", StringComparison.Ordinal)).Append(">)\n");
        }

        return body.ToString();
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (@"\`*_{}[]()#+-.!<>|~".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
