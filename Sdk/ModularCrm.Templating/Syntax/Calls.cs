using System.Collections;
using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Syntax;

/// <summary>One argument as written: positional, named (`name: value`) or expanded (`^array`).</summary>
internal sealed record CallArg(string? Name, Expr Value, bool Expand);

internal sealed class CallExpr(Expr target, List<CallArg> args, bool parenthesized) : Expr
{
    public Expr Target { get; } = target;

    public List<CallArg> Args { get; } = args;

    public bool Parenthesized { get; } = parenthesized;

    public override string Kind => "function call";

    public override object? Eval(TemplateContext context) => Invoke(context, null, false, null);

    public object? Invoke(TemplateContext context, object? piped, bool hasPiped, ScriptCallable? wrapBody)
    {
        var callable = Resolve(context);
        var arguments = Arguments(context, piped, hasPiped);
        context.PendingWrapBody = wrapBody;
        var result = callable.Invoke(context, arguments, this);
        context.ReturnArguments(arguments);
        return result;
    }

    public override void WriteTo(TemplateContext context, Node statement) => Write(context, null, false, statement);

    /// <summary>Calls and writes the result; a builtin that formats into the output skips the intermediate string.</summary>
    public void Write(TemplateContext context, object? piped, bool hasPiped, Node statement, ScriptCallable? resolved = null)
    {
        var callable = resolved ?? Resolve(context);
        var arguments = Arguments(context, piped, hasPiped);
        context.PendingWrapBody = null;
        if (callable is BuiltinFunction { CanWrite: true } builtin)
        {
            builtin.Write(context, arguments, this, statement);
            context.ReturnArguments(arguments);
            return;
        }

        var result = callable.Invoke(context, arguments, this);
        context.ReturnArguments(arguments);
        context.WriteValue(statement, result);
    }

    /// <summary>
    /// `{{ host.member | math.format 'N2' ['fr-FR'] }}`: formats the typed member straight into the output. Any other
    /// function, or arguments that are not literals, get the boxed value through the normal call.
    /// </summary>
    public void WriteFormattable(TemplateContext context, object host, MemberFormatter formatter, Node statement)
    {
        var callable = Resolve(context);
        if (callable is BuiltinFunction { FormatsValue: true } builtin
            && Args.Count is 1 or 2
            && Args.TrueForAll(arg => arg is { Name: null, Expand: false, Value: LiteralExpr })
            && builtin.TryWriteFormatted(context, host, formatter, ((LiteralExpr)Args[0].Value).Value, Args.Count == 2 ? ((LiteralExpr)Args[1].Value).Value : null, this, statement))
        {
            return;
        }

        Write(context, formatter.Read(host), true, statement, callable);
    }

    private ScriptCallable Resolve(TemplateContext context) =>
        Target.EvalForCall(context) as ScriptCallable ?? throw context.Error(this, $"The function `{Target.Text(context)}` was not found");

    private CallArguments Arguments(TemplateContext context, object? piped, bool hasPiped)
    {
        var arguments = context.RentArguments();
        if (hasPiped)
        {
            arguments.Positional.Add(piped);
        }

        Evaluate(context, Args, arguments);
        return arguments;
    }

    public object? Invoke(TemplateContext context, List<object?> piped, ScriptCallable? wrapBody)
    {
        var callable = Resolve(context);
        var arguments = context.RentArguments();
        arguments.Positional.AddRange(piped);
        Evaluate(context, Args, arguments);
        context.PendingWrapBody = wrapBody;
        var result = callable.Invoke(context, arguments, this);
        context.ReturnArguments(arguments);
        return result;
    }

    public static void Evaluate(TemplateContext context, List<CallArg> args, CallArguments into)
    {
        foreach (var arg in args)
        {
            if (arg.Expand)
            {
                if (ObjectAccessor.AsEnumerable(arg.Value.Eval(context)) is IEnumerable items)
                {
                    foreach (var item in items)
                    {
                        into.Positional.Add(item);
                    }
                }

                continue;
            }

            var value = arg.Value is AliasExpr or FunctionExpr ? arg.Value.Eval(context) : arg.Value.Eval(context);
            if (arg.Name is null)
            {
                into.Positional.Add(value);
            }
            else
            {
                into.AddNamed(arg.Name, value);
            }
        }
    }
}

internal sealed class PipeExpr(Expr left, Expr right) : Expr
{
    public override void WriteTo(TemplateContext context, Node statement)
    {
        if (left is MemberExpr member && right is CallExpr formatCall)
        {
            if (member.TryEvalFormattable(context, out var value, out var host, out var formatter))
            {
                formatCall.WriteFormattable(context, host!, formatter!, statement);
            }
            else
            {
                formatCall.Write(context, value, true, statement);
            }

            return;
        }

        if (left is not ExpandExpr && right is CallExpr call)
        {
            call.Write(context, left.Eval(context), true, statement);
            return;
        }

        context.WriteValue(statement, Eval(context));
    }

    public override object? Eval(TemplateContext context)
    {
        if (left is ExpandExpr expand)
        {
            // `^list | f`: the list's items become the first arguments.
            var items = new CallArguments();
            CallExpr.Evaluate(context, [new CallArg(null, expand.Inner, true)], items);
            var target = right is CallExpr c ? c : new CallExpr(right, [], false) { Start = right.Start, End = right.End };
            return target.Invoke(context, items.Positional, null);
        }

        var value = left.Eval(context);
        if (right is CallExpr call)
        {
            return call.Invoke(context, value, true, null);
        }

        var function = right.EvalForCall(context);
        if (function is not ScriptCallable callable)
        {
            throw context.Error(right, $"Pipe expression destination `{right.Text(context)}` is not a valid function ");
        }

        var arguments = context.RentArguments();
        arguments.Positional.Add(value);
        var result = callable.Invoke(context, arguments, right);
        context.ReturnArguments(arguments);
        return result;
    }
}

/// <summary>`@expr`: the function itself instead of its result.</summary>
internal sealed class AliasExpr(Expr inner) : Expr
{
    public override object? Eval(TemplateContext context) => inner.EvalForCall(context);
}

/// <summary>`do ... end` or a function value.</summary>
internal sealed class FunctionExpr(UserFunction function) : Expr
{
    public override object? Eval(TemplateContext context) => function;
}
