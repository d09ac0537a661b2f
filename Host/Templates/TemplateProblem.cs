namespace ModularCrm.Host.Templates;

/// <summary>Why a template text was refused, with its position (1-based) in that text.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Message">The engine's message.</param>
/// <param name="Stage"><c>parse</c> (syntax) or <c>render</c> (failed against the sample data).</param>
internal sealed record TemplateProblem(int Line, int Column, string Message, string Stage)
{
    public override string ToString() => $"({Line},{Column}) {Message}";
}
