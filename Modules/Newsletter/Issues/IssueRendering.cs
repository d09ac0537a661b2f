using System.Text;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Templating;

namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>
/// An issue ready for its recipients. Not personal: one <see cref="RenderedIssue"/> for everyone. Personal: the layout
/// was rendered once around two placeholders (subject, content), split at them, and the templates parsed once; each
/// recipient costs the two small template renders and one concatenation.
/// </summary>
internal sealed class IssueRendering
{
    private readonly RenderedIssue? once;
    private readonly IssueTemplate? template;
    private readonly IReadOnlyList<string> layout = [];
    private readonly string subjectMarker = string.Empty;
    private readonly string contentMarker = string.Empty;
    private readonly Func<Subscriber, object> model = _ => new object();
    private readonly TemplateOptions options = TemplateOptions.Default;
    private readonly string archiveUrl = string.Empty;

    private IssueRendering(RenderedIssue once) => this.once = once;

    private IssueRendering(IssueTemplate template, IReadOnlyList<string> layout, string subjectMarker, string contentMarker, Func<Subscriber, object> model, TemplateOptions options, string archiveUrl)
    {
        this.template = template;
        this.layout = layout;
        this.subjectMarker = subjectMarker;
        this.contentMarker = contentMarker;
        this.model = model;
        this.options = options;
        this.archiveUrl = archiveUrl;
    }

    public bool IsPersonal => template is not null;

    public static IssueRendering Once(RenderedIssue rendered) => new(rendered);

    /// <param name="layoutHtml">The layout rendered with <paramref name="subjectMarker"/> and <paramref name="contentMarker"/> as subject and content.</param>
    public static IssueRendering PerRecipient(
        IssueTemplate template, string layoutHtml, string subjectMarker, string contentMarker, Func<Subscriber, object> model, TemplateOptions options, string archiveUrl)
    {
        var parts = new List<string>();
        var rest = layoutHtml.AsSpan();
        while (NextMarker(rest, subjectMarker, contentMarker) is var (at, marker) && at >= 0)
        {
            parts.Add(rest[..at].ToString());
            parts.Add(marker);
            rest = rest[(at + marker.Length)..];
        }

        parts.Add(rest.ToString());
        return new IssueRendering(template, parts, subjectMarker, contentMarker, model, options, archiveUrl);
    }

    public RenderedIssue Render(Subscriber subscriber)
    {
        if (template is null)
        {
            return once!;
        }

        var data = model(subscriber);
        var subject = template.Subject(data, options);
        var content = template.Content(data, options);
        var html = new StringBuilder(content.Length + 4096);
        foreach (var part in layout)
        {
            html.Append(part == subjectMarker ? Markup.Encode(subject) : part == contentMarker ? content : part);
        }

        var text = template.Text(data, options) is { } markdown ? IssueRenderer.TextPart(subject, markdown, archiveUrl) : null;
        return new RenderedIssue(subject, html.ToString(), text);
    }

    private static (int At, string Marker) NextMarker(ReadOnlySpan<char> text, string first, string second)
    {
        var a = text.IndexOf(first, StringComparison.Ordinal);
        var b = text.IndexOf(second, StringComparison.Ordinal);
        return a >= 0 && (b < 0 || a < b) ? (a, first) : (b, second);
    }
}
