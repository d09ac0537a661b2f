namespace ModularCrm.Templating;

/// <summary>A parse error: where (template name, 1-based line and column) and why.</summary>
/// <param name="TemplateName">The name given to <see cref="Template.Parse"/>.</param>
/// <param name="Line">1-based line in the template text.</param>
/// <param name="Column">1-based column in the template text.</param>
/// <param name="Message">What is wrong, in Scriban's wording.</param>
public sealed record TemplateError(string TemplateName, int Line, int Column, string Message)
{
    /// <summary>Scriban's format: <c>name(LINE,COL) : error : MESSAGE</c>.</summary>
    public override string ToString() => $"{TemplateName}({Line},{Column}) : error : {Message}";
}
