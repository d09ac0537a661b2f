using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Builtins;

/// <summary>The builtin objects every template sees (`string`, `array`, `math`...), shared and never modified.</summary>
internal static class BuiltinObjects
{
    public static readonly ScriptObject Shared = Create();

    private static ScriptObject Create()
    {
        var root = new ScriptObject();
        root.Set("string", StringBuiltins.Create());
        root.Set("array", ArrayBuiltins.Create());
        root.Set("math", MathBuiltins.Create());
        root.Set("date", DateBuiltins.Create());
        root.Set("timespan", DateBuiltins.CreateTimespan());
        root.Set("html", HtmlBuiltins.Create());
        root.Set("object", ObjectBuiltins.Create());
        root.Set("regex", RegexBuiltins.Create());
        root.Def("raw", "value", 1, (c, a) => new RawString(Registry.Str(c, a[0])));
        root.Def("money", "value,currency,culture", 1, (c, a) => MathBuiltins.Money(c, a[0], a[1] as string, a[2]));
        foreach (var (_, value) in root.Members)
        {
            if (value is ScriptObject obj)
            {
                obj.Frozen = true;
            }
        }

        root.Frozen = true;
        return root;
    }
}
