using System.Globalization;
using Markdig;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;
using ModularCrm.Templating;

namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>
/// An issue's body (Markdown with raw HTML disabled, or the editor's HTML) inside the shop's layout
/// <c>Templates/issues/layout.html</c> (Scriban, overridable per shop), once for everyone or, when the issue uses
/// <c>{{ subscriber.… }}</c>, per recipient (<see cref="IssueRendering"/>).
/// </summary>
internal sealed class IssueRenderer(ITemplateRenderer templates, ShopContext shop)
{
    // Raw HTML in Markdown is written out as text: a Markdown issue cannot smuggle markup or scripts.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().UsePipeTables().UseAutoLinks().DisableHtml().Build();

    public static string ContentHtml(string format, string body) =>
        format == IssueFormats.Markdown ? Markdown.ToHtml(body, Pipeline) : body;

    /// <summary>The text part of a Markdown issue: its Markdown, between subject and archive link.</summary>
    public static string TextPart(string subject, string markdown, string archiveUrl) =>
        $"{subject}\n\n{markdown}\n\nLes numéros précédents : {archiveUrl}\n";

    /// <summary>The layout rendered once and, for a personal issue, the templates parsed once.</summary>
    public async Task<IssueRendering> PrepareAsync(NewsletterList list, IssueRow issue, PublicLinks links, DateTimeOffset? sentOn, CancellationToken ct)
    {
        var archiveUrl = links.Archive(list.Slug);
        if (!IssueTemplate.IsPersonal(issue.Subject, issue.Body))
        {
            var html = await LayoutAsync(list, issue.Subject, ContentHtml(issue.Format, issue.Body), archiveUrl, sentOn, ct);
            var text = issue.Format == IssueFormats.Markdown ? TextPart(issue.Subject, issue.Body, archiveUrl) : null;
            return IssueRendering.Once(new RenderedIssue(issue.Subject, html, text));
        }

        var key = Guid.NewGuid().ToString("N");
        var (subjectMarker, contentMarker) = ($"nlsubject{key}", $"nlcontent{key}");
        var layout = await LayoutAsync(list, subjectMarker, contentMarker, archiveUrl, sentOn, ct);
        var shopModel = new { name = shop.Name };
        var newsletter = new { name = list.Name, slug = list.Slug };
        return IssueRendering.PerRecipient(
            IssueTemplate.Parse(issue.Subject, issue.Format, issue.Body),
            layout,
            subjectMarker,
            contentMarker,
            subscriber => new { subscriber, shop = shopModel, newsletter },
            new TemplateOptions { Culture = CultureInfo.GetCultureInfo(shop.Culture) },
            archiveUrl);
    }

    /// <summary>The issue for one reader: <see cref="Subscriber.Sample"/> for a preview or test, <see cref="Subscriber.Nobody"/> for the archive.</summary>
    public async Task<RenderedIssue> RenderAsync(NewsletterList list, IssueRow issue, PublicLinks links, DateTimeOffset? sentOn, Subscriber reader, CancellationToken ct) =>
        (await PrepareAsync(list, issue, links, sentOn, ct)).Render(reader);

    private Task<string> LayoutAsync(NewsletterList list, string subject, string contentHtml, string archiveUrl, DateTimeOffset? sentOn, CancellationToken ct) =>
        templates.RenderAsync(
            "issues/layout.html",
            new
            {
                shop = new { name = shop.Name },
                newsletter = new { name = list.Name, slug = list.Slug, description = list.Description },
                issue = new { subject, content_html = contentHtml, sent_on = sentOn?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(shop.Culture)) },
                archive_url = archiveUrl,
            },
            ct);
}
