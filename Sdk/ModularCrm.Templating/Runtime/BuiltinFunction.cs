using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>A builtin (`string.upcase`...): named parameters are mapped onto positions by name.</summary>
internal sealed class BuiltinFunction(string name, string[] parameters, int required, Func<TemplateContext, BuiltinArgs, object?> body)
    : ScriptCallable
{
    public override string Name { get; } = name;

    public override object? Invoke(TemplateContext context, CallArguments args, Node callSite)
    {
        if (args.Named is null)
        {
            if (args.Count < required)
            {
                throw context.Error(callSite, $"Invalid number of arguments `{args.Count}` passed to `{Name}` while expecting `{required}` arguments");
            }

            return Run(context, new BuiltinArgs(args.Positional, args.Count, callSite));
        }

        var values = new List<object?>(args.Positional);
        var provided = args.Count;
        foreach (var (key, value) in args.Named)
        {
            var index = Array.IndexOf(parameters, key);
            if (index < 0)
            {
                throw context.Error(callSite, $"The argument `{key}` was not found on the function `{Name}`");
            }

            while (values.Count <= index)
            {
                values.Add(null);
            }

            values[index] = value;
            provided = Math.Max(provided, index + 1);
        }

        if (provided < required)
        {
            throw context.Error(callSite, $"Invalid number of arguments `{provided}` passed to `{Name}` while expecting `{required}` arguments");
        }

        return Run(context, new BuiltinArgs(values, provided, callSite));
    }

    /// <summary>Turns .NET failures inside a builtin (bad base64, unknown culture, regex timeout) into template errors.</summary>
    private object? Run(TemplateContext context, BuiltinArgs args)
    {
        try
        {
            return body(context, args);
        }
        catch (Exception exception) when (exception is not TemplateRuntimeException and not OutOfMemoryException)
        {
            throw context.Error(args.CallSite, $"The function `{Name}` failed: {exception.Message}");
        }
    }
}
