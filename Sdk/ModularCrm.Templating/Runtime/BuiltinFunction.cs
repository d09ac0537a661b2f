using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>A builtin (`string.upcase`...): named parameters are mapped onto positions by name.</summary>
internal sealed class BuiltinFunction(string name, string[] parameters, int required, Func<TemplateContext, BuiltinArgs, object?> body)
    : ScriptCallable
{
    public override string Name { get; } = name;

    public override object? Invoke(TemplateContext context, CallArguments args, Node callSite)
    {
        var values = new object?[Math.Max(parameters.Length, args.Count)];
        var provided = args.Count;
        for (var i = 0; i < args.Count; i++)
        {
            values[i] = args.Positional[i];
        }

        if (args.Named is not null)
        {
            foreach (var (key, value) in args.Named)
            {
                var index = Array.IndexOf(parameters, key);
                if (index < 0)
                {
                    throw context.Error(callSite, $"The argument `{key}` was not found on the function `{Name}`");
                }

                values[index] = value;
                provided = Math.Max(provided, index + 1);
            }
        }

        if (provided < required)
        {
            throw context.Error(callSite, $"Invalid number of arguments `{provided}` passed to `{Name}` while expecting `{required}` arguments");
        }

        return body(context, new BuiltinArgs(values, provided, callSite));
    }
}
