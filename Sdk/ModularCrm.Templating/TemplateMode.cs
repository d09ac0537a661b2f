namespace ModularCrm.Templating;

/// <summary>How a template's <c>{{ expression }}</c> outputs are written.</summary>
public enum TemplateMode
{
    /// <summary>Plain text (emails in text form, SMS): values are written as they are.</summary>
    Text,

    /// <summary>
    /// HTML documents: every <c>{{ expression }}</c> output is HTML-encoded unless the value was marked raw with
    /// <c>html.raw</c> (or <c>raw</c>). Template text outside code blocks is never touched.
    /// </summary>
    Html,
}
