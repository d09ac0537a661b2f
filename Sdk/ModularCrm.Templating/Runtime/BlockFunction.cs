using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>The body of a `wrap` statement, run in place when the wrapped function evaluates `$$`.</summary>
internal sealed class BlockFunction(Stmt body) : ScriptCallable
{
    public override string Name => "$$";

    public override object? Invoke(TemplateContext context, CallArguments args, Node callSite)
    {
        body.Exec(context);
        return null;
    }
}
