using System.Globalization;
using Markdig;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>
/// An issue's body (Markdown with raw HTML disabled, or the editor's HTML) inside the shop's layout
/// <c>Templates/issues/layout.html</c> (Scriban, overridable per shop).
/// </summary>
internal sealed class IssueRenderer(ITemplateRenderer templates, ShopContext shop)
{
    // Raw HTML in Markdown is written out as text: a Markdown issue cannot smuggle markup or scripts.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().UsePipeTables().UseAutoLinks().DisableHtml().Build();

    public static string ContentHtml(string format, string body) =>
        format == IssueFormats.Markdown ? Markdown.ToHtml(body, Pipeline) : body;

    public async Task<RenderedIssue> RenderAsync(NewsletterList list, IssueRow issue, PublicLinks links, DateTimeOffset? sentOn, CancellationToken ct)
    {
        var culture = CultureInfo.GetCultureInfo(shop.Culture);
        var html = await templates.RenderAsync(
            "issues/layout.html",
            new
            {
                shop = new { name = shop.Name },
                newsletter = new { name = list.Name, slug = list.Slug, description = list.Description },
                issue = new { subject = issue.Subject, content_html = ContentHtml(issue.Format, issue.Body), sent_on = sentOn?.ToString("d MMMM yyyy", culture) },
                archive_url = links.Archive(list.Slug),
            },
            ct);
        var text = issue.Format == IssueFormats.Markdown ? $"{issue.Subject}\n\n{issue.Body}\n\nLes numéros précédents : {links.Archive(list.Slug)}\n" : null;
        return new RenderedIssue(issue.Subject, html, text);
    }
}
