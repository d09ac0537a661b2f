using System.Text.RegularExpressions;
using ModularCrm.Templating.Runtime;
using static ModularCrm.Templating.Builtins.Registry;

namespace ModularCrm.Templating.Builtins;

/// <summary>The `regex` builtin object; every regex runs with a timeout so a template cannot hang a render.</summary>
internal static class RegexBuiltins
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("escape", "pattern", 1, (c, a) => Regex.Escape(Str(c, a[0])));
        o.Def("unescape", "pattern", 1, (c, a) => Regex.Unescape(Str(c, a[0])));
        o.Def("replace", "text,pattern,replace,options", 3, (c, a) => Make(c, a, 1, 3).Replace(Str(c, a[0]), Str(c, a[2])));
        o.Def("split", "text,pattern,options", 2, (c, a) => new ScriptArray(Make(c, a, 1, 2).Split(Str(c, a[0]))));
        o.Def("match", "text,pattern,options", 2, (c, a) =>
        {
            var match = Make(c, a, 1, 2).Match(Str(c, a[0]));
            return match.Success ? new ScriptArray(match.Groups.Cast<Group>().Select(g => (object?)g.Value)) : new ScriptArray();
        });
        o.Def("matches", "text,pattern,options", 2, (c, a) => new ScriptArray(Make(c, a, 1, 2).Matches(Str(c, a[0]))
            .Select(m => (object?)new ScriptArray(m.Groups.Cast<Group>().Select(g => (object?)g.Value)))));
        return o;
    }

    private static Regex Make(TemplateContext context, BuiltinArgs args, int pattern, int options)
    {
        var flags = RegexOptions.None;
        foreach (var letter in Str(context, args[options]))
        {
            flags |= letter switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }

        return new Regex(Str(context, args[pattern]), flags, MatchTimeout);
    }
}
