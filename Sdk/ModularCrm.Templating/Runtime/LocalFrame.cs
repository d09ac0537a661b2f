namespace ModularCrm.Templating.Runtime;

/// <summary>Local variables (`$x`, parameters) of a function call or a loop over a local variable.</summary>
internal sealed class LocalFrame(bool isFunction, ScriptArray? args, ScriptCallable? wrapBody)
{
    public bool IsFunction { get; } = isFunction;

    public ScriptArray? Args { get; } = args;

    public ScriptCallable? WrapBody { get; } = wrapBody;

    public ScriptObject? Vars { get; set; }
}
