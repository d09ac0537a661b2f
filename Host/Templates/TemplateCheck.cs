namespace ModularCrm.Host.Templates;

/// <summary>The outcome of rendering a candidate text against sample data: the output, or the problems.</summary>
internal sealed record TemplateCheck(string? Output, IReadOnlyList<TemplateProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
