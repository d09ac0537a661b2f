using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Syntax;

internal sealed class GlobalVar(string name) : Expr, IAssignable
{
    public string Name { get; } = name;

    public override string Kind => "variable";

    private CachedGetter? _cache;
    private FrozenMember? _builtin;

    public override object? Eval(TemplateContext context) => AutoCall(context, context.GetGlobal(Name, ref _cache, ref _builtin), this);

    public override object? EvalForCall(TemplateContext context) => context.GetGlobal(Name, ref _cache, ref _builtin);

    public void Assign(TemplateContext context, object? value) => context.SetGlobal(this, Name, value);
}

internal sealed class LocalVar(string name) : Expr, IAssignable
{
    public string Name { get; } = name;

    public override string Kind => "variable";

    public override object? Eval(TemplateContext context) => AutoCall(context, context.GetLocal(Name), this);

    public override object? EvalForCall(TemplateContext context) => context.GetLocal(Name);

    public void Assign(TemplateContext context, object? value) => context.SetLocal(Name, value);
}

/// <summary>`$0`, `$1`...: positional arguments of the current function.</summary>
internal sealed class ArgVar(int index) : Expr
{
    public override string Kind => "variable";

    public override object? Eval(TemplateContext context) => AutoCall(context, EvalForCall(context), this);

    public override object? EvalForCall(TemplateContext context) => context.FunctionFrame?.Args?.GetAt(index);
}

/// <summary>`$`: all arguments of the current function (named ones as properties).</summary>
internal sealed class ArgsVar : Expr
{
    public override string Kind => "variable";

    public override object? Eval(TemplateContext context) => context.FunctionFrame?.Args;
}

/// <summary>`$$`: the body passed to the function by a `wrap` statement.</summary>
internal sealed class WrapBodyVar : Expr
{
    public override string Kind => "variable";

    public override object? Eval(TemplateContext context) => AutoCall(context, EvalForCall(context), this);

    public override object? EvalForCall(TemplateContext context) => context.FunctionFrame?.WrapBody;
}

internal sealed class ThisExpr : Expr
{
    public override object? Eval(TemplateContext context) => context.CurrentGlobal;
}

internal sealed class LiteralExpr(object? value) : Expr
{
    public object? Value { get; } = value;

    public override string Kind => "literal";

    public override object? Eval(TemplateContext context) => Value;
}
