using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Syntax;

/// <summary>A syntax node; offsets point into the template text (for error positions and messages).</summary>
internal abstract class Node
{
    public int Start { get; set; }

    public int End { get; set; }

    public string Text(TemplateContext context) => context.Source.Text[Start..End];
}

/// <summary>An expression, evaluated directly (no compilation step).</summary>
internal abstract class Expr : Node
{
    /// <summary>Short kind name used by some error messages (`x/variable`).</summary>
    public virtual string Kind => "expression";

    public abstract object? Eval(TemplateContext context);

    /// <summary>Evaluates and writes the value as a `{{ expression }}` statement's output.</summary>
    public virtual void WriteTo(TemplateContext context, Node statement) => context.WriteValue(statement, Eval(context));

    /// <summary>Evaluates without calling a function value (call targets, `@alias`).</summary>
    public virtual object? EvalForCall(TemplateContext context) => Eval(context);

    protected static object? AutoCall(TemplateContext context, object? value, Node node)
    {
        if (value is not ScriptCallable function)
        {
            return value;
        }

        var arguments = context.RentArguments();
        var result = function.Invoke(context, arguments, node);
        context.ReturnArguments(arguments);
        return result;
    }
}

/// <summary>An expression that can be assigned to.</summary>
internal interface IAssignable
{
    void Assign(TemplateContext context, object? value);
}

/// <summary>A statement.</summary>
internal abstract class Stmt : Node
{
    public abstract void Exec(TemplateContext context);
}
