using System.Collections;
using System.Globalization;
using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Builtins;

/// <summary>Helpers to declare builtin functions and convert their arguments.</summary>
internal static class Registry
{
    public static void Def(this ScriptObject target, string name, string parameters, int required, Func<TemplateContext, BuiltinArgs, object?> body, BuiltinWriter? writer = null, bool formatsValue = false)
    {
        var names = parameters.Length == 0 ? [] : parameters.Split(',');
        target.Set(name, new BuiltinFunction(name, names, required, body, writer, formatsValue));
    }

    public static string Str(TemplateContext context, object? value) => Display.ToText(context, value);

    public static int Int(object? value, int fallback = 0) => value switch
    {
        null => fallback,
        string s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : fallback,
        _ when Numbers.TryToLong(value, out var l) => (int)l,
        _ => (int)Numbers.ToDouble(value),
    };

    public static List<object?> List(object? value) => value switch
    {
        null => [],
        ScriptArray array => array,
        _ when ObjectAccessor.AsEnumerable(value) is IEnumerable e => e.Cast<object?>().ToList(),
        _ => [value],
    };

    public static CultureInfo Culture(TemplateContext context, object? name) =>
        name is string s && s.Length > 0 ? CultureInfo.GetCultureInfo(s) : context.Culture;

    /// <summary>Calls a function value handed to a builtin (`array.each @string.strip`).</summary>
    public static object? Call(TemplateContext context, object? function, BuiltinArgs args, params object?[] values)
    {
        if (function is not ScriptCallable callable)
        {
            throw context.Error(args.CallSite, $"The function `{Str(context, function)}` was not found");
        }

        var arguments = new CallArguments(values.Length);
        arguments.Positional.AddRange(values);
        return callable.Invoke(context, arguments, args.CallSite);
    }
}
