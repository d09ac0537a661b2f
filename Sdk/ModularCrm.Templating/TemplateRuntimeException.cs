namespace ModularCrm.Templating;

/// <summary>
/// A template failed while rendering (bad operation, sandbox limit reached, timeout). <see cref="Exception.Message"/>
/// is in Scriban's format <c>name(LINE,COL) : error : MESSAGE</c>; the parts are also available separately.
/// </summary>
public sealed class TemplateRuntimeException : Exception
{
    /// <summary>Creates the exception for a failure at a template position.</summary>
    public TemplateRuntimeException(string templateName, int line, int column, string reason)
        : base($"{templateName}({line},{column}) : error : {reason}")
    {
        TemplateName = templateName;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The name given to <see cref="Template.Parse"/>.</summary>
    public string TemplateName { get; }

    /// <summary>1-based line of the failing expression.</summary>
    public int Line { get; }

    /// <summary>1-based column of the failing expression.</summary>
    public int Column { get; }

    /// <summary>The reason alone, without position.</summary>
    public string Reason { get; }
}
