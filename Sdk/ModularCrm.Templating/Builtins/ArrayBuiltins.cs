using System.Globalization;
using ModularCrm.Templating.Runtime;
using static ModularCrm.Templating.Builtins.Registry;

namespace ModularCrm.Templating.Builtins;

/// <summary>The `array` builtin object.</summary>
internal static class ArrayBuiltins
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("add", "list,value", 2, (c, a) => new ScriptArray(List(a[0])) { a[1] });
        o.Def("add_range", "list,values", 2, (c, a) => new ScriptArray(List(a[0]).Concat(List(a[1]))));
        o.Def("concat", "list,values", 2, (c, a) => a[0] is null && a[1] is null ? null : new ScriptArray(List(a[0]).Concat(List(a[1]))));
        o.Def("any", "list,function", 2, (c, a) => Ops.Bool(List(a[0]).Any(item => Ops.IsTruthy(Call(c, a[1], a, Prepend(item, a.Rest(2)))))));
        o.Def("compact", "list", 1, (c, a) => a[0] is null ? null : new ScriptArray(List(a[0]).Where(item => item is not null)));
        o.Def("contains", "list,item", 2, (c, a) => Ops.Bool(List(a[0]).Any(item => Ops.AreEqual(item, a[1]))));
        o.Def("cycle", "list,group", 1, Cycle);
        o.Def("each", "list,function", 2, (c, a) => new ScriptArray(List(a[0]).Select(item => Call(c, a[1], a, item))));
        o.Def("filter", "list,function", 2, (c, a) => new ScriptArray(List(a[0]).Where(item => Ops.IsTruthy(Call(c, a[1], a, item)))));
        o.Def("first", "list", 1, (c, a) => List(a[0]).FirstOrDefault());
        o.Def("last", "list", 1, (c, a) => List(a[0]).LastOrDefault());
        o.Def("insert_at", "list,index,value", 3, (c, a) =>
        {
            var list = new ScriptArray(List(a[0]));
            var index = Math.Max(0, Int(a[1]));
            while (list.Count < index)
            {
                list.Add(null);
            }

            list.Insert(index, a[2]);
            return list;
        });
        o.Def("join", "list,delimiter,function", 2, (c, a) => string.Join(Str(c, a[1]), List(a[0]).Select(item => Str(c, a.Has(2) ? Call(c, a[2], a, item) : item))));
        o.Def("limit", "list,count", 2, (c, a) => new ScriptArray(List(a[0]).Take(Int(a[1]))));
        o.Def("offset", "list,count", 2, (c, a) => new ScriptArray(List(a[0]).Skip(Int(a[1]))));
        o.Def("map", "list,member", 2, (c, a) => new ScriptArray(List(a[0]).Select(item => Member(c, item, Str(c, a[1])))));
        o.Def("remove_at", "list,index", 2, (c, a) =>
        {
            var list = new ScriptArray(List(a[0]));
            var index = Int(a[1]);
            index = index < 0 ? index + list.Count : index;
            if (index >= 0 && index < list.Count)
            {
                list.RemoveAt(index);
            }

            return list;
        });
        o.Def("reverse", "list", 1, (c, a) => new ScriptArray(Enumerable.Reverse(List(a[0]))));
        o.Def("size", "list", 1, (c, a) => Numbers.Box(List(a[0]).Count));
        o.Def("sort", "list,member", 1, Sort);
        o.Def("uniq", "list", 1, (c, a) => a[0] is null ? null : Uniq(List(a[0])));
        return o;
    }

    private static object?[] Prepend(object? item, object?[] rest)
    {
        var values = new object?[rest.Length + 1];
        values[0] = item;
        rest.CopyTo(values, 1);
        return values;
    }

    private static object? Member(TemplateContext context, object? item, string name) =>
        item is not null && ObjectAccessor.TryGetMember(context, item, name, out var value) ? value : null;

    private static ScriptArray Uniq(List<object?> items)
    {
        var result = new ScriptArray();
        foreach (var item in items)
        {
            if (!result.Any(existing => Ops.AreEqual(existing, item)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static object? Sort(TemplateContext context, BuiltinArgs args)
    {
        var list = new ScriptArray(List(args[0]));
        var member = args.Has(1) ? Str(context, args[1]) : null;
        var culture = context.Culture.CompareInfo;
        int Compare(object? x, object? y)
        {
            if (member is not null)
            {
                x = Member(context, x, member);
                y = Member(context, y, member);
            }

            if (x is string sx && y is string sy)
            {
                // Scriban sorts strings linguistically ("fruit" before "Orange"), not ordinally.
                return culture.Compare(sx, sy, CompareOptions.None);
            }

            return Ops.Compare(x, y) ?? (x is null ? (y is null ? 0 : -1) : 1);
        }

        var sorted = list.Order(Comparer<object?>.Create(Compare)).ToList();
        return new ScriptArray(sorted);
    }

    private static object? Cycle(TemplateContext context, BuiltinArgs args)
    {
        var list = List(args[0]);
        if (list.Count == 0)
        {
            return null;
        }

        var key = args.Has(1) ? Str(context, args[1]) : Display.ToText(context, args[0]);
        var counters = context.CycleCounters;
        counters.TryGetValue(key, out var index);
        counters[key] = index + 1;
        return list[index % list.Count];
    }
}
