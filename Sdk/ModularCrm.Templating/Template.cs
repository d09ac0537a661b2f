using System.Text;
using ModularCrm.Templating.Parsing;
using ModularCrm.Templating.Runtime;
using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating;

/// <summary>
/// A parsed template (Scriban language, default syntax). Parse once, render many times: a template is immutable
/// and can be rendered from many threads at once; each render gets its own state.
/// </summary>
public sealed class Template
{
    // Reused output buffer of the thread's last render (only the final string is allocated per render).
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private readonly BlockStmt _body;
    private readonly SourceText _source;

    private Template(SourceText source, TemplateMode mode, BlockStmt body, IReadOnlyList<TemplateError> errors)
    {
        _source = source;
        _body = body;
        Mode = mode;
        Errors = errors;
    }

    /// <summary>The name used in error messages (for example a file name or a database key).</summary>
    public string Name => _source.Name;

    /// <summary>Whether outputs are HTML-encoded.</summary>
    public TemplateMode Mode { get; }

    /// <summary>True when parsing failed; such a template cannot be rendered.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>Parse errors, in the order found.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }

    /// <summary>Parses <paramref name="text"/>. Never throws for bad template text: check <see cref="HasErrors"/>.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="name">Name used in error messages.</param>
    /// <param name="mode">Text or HTML (encodes every output unless marked raw).</param>
    public static Template Parse(string text, string name = "template", TemplateMode mode = TemplateMode.Text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var source = new SourceText(text, name);
        var errors = new List<TemplateError>();
        var body = Parser.Parse(source, errors);
        return new Template(source, mode, body, errors);
    }

    /// <summary>
    /// Renders with <paramref name="model"/> as the only data the template sees: its public properties (snake_case)
    /// or its dictionary keys become the template's variables.
    /// </summary>
    /// <exception cref="InvalidOperationException">The template has parse errors.</exception>
    /// <exception cref="TemplateRuntimeException">The template failed while rendering (with line and column).</exception>
    public string Render(object? model = null, TemplateOptions? options = null)
    {
        var output = t_builder ?? new StringBuilder(_source.Text.Length + 256);
        t_builder = null;
        try
        {
            RenderTo(output, model, options);
            return output.ToString();
        }
        finally
        {
            output.Clear();
            if (output.Capacity <= 256 * 1024)
            {
                t_builder = output;
            }
        }
    }

    /// <summary>Renders into an existing builder (lets callers reuse buffers).</summary>
    public void RenderTo(StringBuilder output, object? model = null, TemplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (HasErrors)
        {
            throw new InvalidOperationException($"The template `{Name}` has errors and cannot be rendered:\n{string.Join("\n", Errors)}");
        }

        var context = TemplateContext.Rent(_source, Mode, options ?? TemplateOptions.Default, model, output);
        try
        {
            _body.Exec(context);
        }
        finally
        {
            TemplateContext.Return(context);
        }
    }

    /// <summary>Renders on the thread pool; the render itself is synchronous CPU work bounded by the timeout.</summary>
    public Task<string> RenderAsync(object? model = null, TemplateOptions? options = null) =>
        Task.Run(() => Render(model, options), options?.CancellationToken ?? CancellationToken.None);

    /// <summary>Runs this template inside another render (`object.eval`): same variables, output returned.</summary>
    internal object? EvaluateInside(TemplateContext context)
    {
        var previous = context.Source;
        context.EnterCall(_body, "object.eval");
        context.Source = _source;
        context.PushOutput();
        try
        {
            _body.Exec(context);
        }
        finally
        {
            context.Source = previous;
            context.ExitCall();
        }

        return context.PopOutput();
    }
}
