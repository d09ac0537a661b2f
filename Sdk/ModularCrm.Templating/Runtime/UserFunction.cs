using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>A parameter of a function written in a template: plain, optional (`x = 1`) or variadic (`x...`).</summary>
internal sealed record FunctionParameter(string Name, Expr? Default, bool Variadic);

/// <summary>A function written in the template (`func`, `f(x) = ...`, `do ... end`).</summary>
internal sealed class UserFunction(string name, List<FunctionParameter>? parameters, Stmt body) : ScriptCallable
{
    public override string Name { get; } = name;

    public override object? Invoke(TemplateContext context, CallArguments args, Node callSite)
    {
        var wrapBody = context.PendingWrapBody;
        context.PendingWrapBody = null;
        context.EnterCall(callSite, Name);
        var argArray = new ScriptArray(args.Positional);
        if (args.Named is not null)
        {
            argArray.Properties = new ScriptObject();
            foreach (var (key, value) in args.Named)
            {
                argArray.Properties.Set(key, value);
            }
        }

        var frame = new LocalFrame(true, argArray, wrapBody);
        if (parameters is not null)
        {
            frame.Vars = Bind(context, args, callSite);
        }

        context.PushFrame(frame);
        var loopDepth = context.LoopDepth;
        context.LoopDepth = 0;
        try
        {
            body.Exec(context);
            var result = context.Flow == FlowState.Return ? context.ReturnValue : null;
            context.Flow = FlowState.None;
            context.ReturnValue = null;
            return result;
        }
        finally
        {
            context.LoopDepth = loopDepth;
            context.PopFrame();
            context.ExitCall();
        }
    }

    private ScriptObject Bind(TemplateContext context, CallArguments args, Node callSite)
    {
        var vars = new ScriptObject();
        var position = 0;
        foreach (var parameter in parameters!)
        {
            if (parameter.Variadic)
            {
                var rest = new ScriptArray();
                for (; position < args.Count; position++)
                {
                    rest.Add(args.Positional[position]);
                }

                vars.Set(parameter.Name, rest);
                continue;
            }

            var named = args.Named?.FirstOrDefault(pair => pair.Key == parameter.Name);
            if (named is { Key: not null } found)
            {
                vars.Set(parameter.Name, found.Value);
            }
            else if (position < args.Count)
            {
                vars.Set(parameter.Name, args.Positional[position++]);
            }
            else if (parameter.Default is not null)
            {
                vars.Set(parameter.Name, parameter.Default.Eval(context));
            }
            else
            {
                throw context.Error(callSite, $"Invalid number of arguments `{args.Count}` passed to `{Name}` while expecting `{parameters.Count(p => p.Default is null && !p.Variadic)}` arguments");
            }
        }

        return vars;
    }
}
