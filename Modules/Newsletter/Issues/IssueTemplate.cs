using System.Text.RegularExpressions;
using ModularCrm.Templating;

namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>
/// An issue's subject and body as Scriban templates (<c>{{ subscriber.first_name }}</c>), parsed once per send and
/// rendered per recipient. A Markdown body is converted to HTML once: its <c>{{ … }}</c> tags are set aside before
/// Markdig (which would encode their quotes) and put back after, then the HTML is parsed in HTML mode, so every value
/// is HTML-encoded. An issue without <c>{{</c> is not personal: it is rendered once for everyone, without this class.
/// </summary>
internal sealed partial class IssueTemplate
{
    private readonly Template subject;
    private readonly Template content;
    private readonly Template? text;

    private IssueTemplate(string subjectText, string format, string body)
    {
        subject = Template.Parse(subjectText, "subject", TemplateMode.Text);
        content = Template.Parse(ContentSource(format, body), "body", TemplateMode.Html);
        text = format == IssueFormats.Markdown ? Template.Parse(body, "body", TemplateMode.Text) : null;
    }

    /// <summary>Whether an issue has template tags, and so is rendered per recipient.</summary>
    public static bool IsPersonal(string subject, string body) =>
        subject.Contains("{{", StringComparison.Ordinal) || body.Contains("{{", StringComparison.Ordinal);

    /// <summary>Parses a personal issue (see <see cref="IsPersonal"/>); its syntax was checked when saved (<see cref="Check"/>).</summary>
    public static IssueTemplate Parse(string subject, string format, string body) => new(subject, format, body);

    /// <summary>
    /// The first syntax error of the subject or body as staff wrote them (line and column in their own text), by field;
    /// empty when both parse.
    /// </summary>
    public static Dictionary<string, string[]> Check(string? subject, string? body)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, source) in new[] { ("subject", subject), ("body", body) })
        {
            if (source is not null && source.Contains("{{", StringComparison.Ordinal) && Template.Parse(source, field) is { HasErrors: true } parsed)
            {
                var error = parsed.Errors[0];
                errors[field] = [$"Personnalisation : ligne {error.Line}, colonne {error.Column} : {error.Message}."];
            }
        }

        return errors;
    }

    public string Subject(object model, TemplateOptions options) => subject.Render(model, options).Trim();

    public string Content(object model, TemplateOptions options) => content.Render(model, options);

    /// <summary>The Markdown source with its values, for the text part; null for an HTML issue.</summary>
    public string? Text(object model, TemplateOptions options) => text?.Render(model, options);

    // Markdig must not see the tags: it would encode their quotes and could read "*" or "_" in them as emphasis.
    private static string ContentSource(string format, string body)
    {
        if (format != IssueFormats.Markdown)
        {
            return body;
        }

        var tags = new List<string>();
        var key = Guid.NewGuid().ToString("N");
        var protectedBody = Tag().Replace(body, m =>
        {
            tags.Add(m.Value);
            return $"nltag{key}x{tags.Count - 1}x";
        });
        var html = IssueRenderer.ContentHtml(format, protectedBody);
        return Regex.Replace(html, $"nltag{key}x([0-9]+)x", m => tags[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
