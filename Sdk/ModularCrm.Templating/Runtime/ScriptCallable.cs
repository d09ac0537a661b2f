using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>Anything a template can call: a builtin or a function written in the template.</summary>
internal abstract class ScriptCallable
{
    public abstract string Name { get; }

    public abstract object? Invoke(TemplateContext context, CallArguments args, Node callSite);
}
