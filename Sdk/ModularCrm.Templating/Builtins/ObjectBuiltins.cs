using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.Json;
using ModularCrm.Templating.Parsing;
using ModularCrm.Templating.Runtime;
using static ModularCrm.Templating.Builtins.Registry;

namespace ModularCrm.Templating.Builtins;

/// <summary>The `object` builtin object.</summary>
internal static class ObjectBuiltins
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("default", "value,default", 2, (c, a) => a[0] is null || a[0] is string { Length: 0 } ? a[1] : a[0]);
        o.Def("eval", "text", 1, (c, a) => Eval(c, "{{" + Str(c, a[0]) + "}}", a));
        o.Def("eval_template", "text", 1, (c, a) => Eval(c, Str(c, a[0]), a));
        o.Def("format", "value,format,culture", 2, (c, a) => MathBuiltins.Format(a[0], Str(c, a[1]), Culture(c, a[2])));
        o.Def("from_json", "json", 1, (c, a) => FromJson(c, a));
        o.Def("has_key", "value,key", 2, (c, a) => Ops.Bool(a[0] is not null && ObjectAccessor.TryGetMember(c, a[0]!, Str(c, a[1]), out _)));
        o.Def("has_value", "value,key", 2, (c, a) => Ops.Bool(a[0] is not null && ObjectAccessor.TryGetMember(c, a[0]!, Str(c, a[1]), out var v) && v is not null));
        o.Def("keys", "value", 1, (c, a) => a[0] is null || Numbers.IsNumber(a[0]) ? new ScriptArray() : new ScriptArray(ObjectAccessor.Members(a[0]!).Select(p => (object?)p.Key)));
        o.Def("values", "value", 1, (c, a) => a[0] is null || Numbers.IsNumber(a[0]) ? new ScriptArray() : new ScriptArray(ObjectAccessor.Members(a[0]!).Select(p => p.Value)));
        o.Def("kind", "value", 1, (c, a) => Kind(a[0]));
        o.Def("typeof", "value", 1, (c, a) => TypeOf(a[0]));
        o.Def("size", "value", 1, (c, a) => a[0] switch
        {
            null => Numbers.Box(0),
            string s => Numbers.Box(s.Length),
            ScriptObject obj => Numbers.Box(obj.Count),
            ICollection col => Numbers.Box(col.Count),
            IEnumerable e => Numbers.Box(e.Cast<object?>().Count()),
            _ => Numbers.Box(0),
        });
        o.Def("to_json", "value", 1, (c, a) =>
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                WriteJson(c, writer, a[0]);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        });
        return o;
    }

    public static string? Kind(object? value) => value switch
    {
        null => null,
        bool => "bool",
        int or uint or short or ushort or byte or sbyte => "int",
        long or ulong => "long",
        BigInteger => "bigint",
        double => "double",
        float => "float",
        decimal => "decimal",
        string or RawString => "string",
        ScriptRange => "range",
        ScriptArray or IList => "array",
        DateTime => "date",
        TimeSpan => "timespan",
        ScriptCallable => "function",
        _ => "object",
    };

    private static string? TypeOf(object? value) => value switch
    {
        null => null,
        bool => "boolean",
        string or RawString => "string",
        ScriptRange => "iterator",
        ScriptArray or IList => "array",
        ScriptCallable => "function",
        DateTime => "date",
        TimeSpan => "timespan",
        _ when Numbers.IsNumber(value) => "number",
        _ => "object",
    };

    private static object? Eval(TemplateContext context, string text, BuiltinArgs args)
    {
        var template = Template.Parse(text, context.Source.Name);
        if (template.HasErrors)
        {
            throw context.Error(args.CallSite, string.Join("\n", template.Errors.Select(e => e.Message)));
        }

        return template.EvaluateInside(context);
    }

    private static object? FromJson(TemplateContext context, BuiltinArgs args)
    {
        try
        {
            using var document = JsonDocument.Parse(Str(context, args[0]));
            return FromElement(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw context.Error(args.CallSite, $"Invalid JSON: {exception.Message}");
        }
    }

    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj.Set(property.Name, FromElement(property.Value));
                }

                return obj;
            case JsonValueKind.Array:
                return new ScriptArray(element.EnumerateArray().Select(FromElement));
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return Numbers.Box(i);
                }

                return element.TryGetInt64(out var l) ? l : element.GetDouble();
            case JsonValueKind.True:
                return Ops.True;
            case JsonValueKind.False:
                return Ops.False;
            default:
                return null;
        }
    }

    private static void WriteJson(TemplateContext context, Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); return;
            case bool b: writer.WriteBooleanValue(b); return;
            case string s: writer.WriteStringValue(s); return;
            case int i: writer.WriteNumberValue(i); return;
            case long l: writer.WriteNumberValue(l); return;
            case double d: writer.WriteNumberValue(d); return;
            case float f: writer.WriteNumberValue(f); return;
            case decimal m: writer.WriteNumberValue(m); return;
            case DateTime date: writer.WriteStringValue(date); return;
            case ScriptCallable: writer.WriteNullValue(); return;
            case ScriptObject or IDictionary:
                writer.WriteStartObject();
                foreach (var (key, member) in ObjectAccessor.Members(value))
                {
                    writer.WritePropertyName(key);
                    WriteJson(context, writer, member);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteJson(context, writer, item);
                }

                writer.WriteEndArray();
                return;
            default:
                if (Numbers.IsNumber(value))
                {
                    writer.WriteRawValue(Display.Invariant(value));
                    return;
                }

                writer.WriteStartObject();
                foreach (var (key, member) in ObjectAccessor.Members(value))
                {
                    writer.WritePropertyName(key);
                    WriteJson(context, writer, member);
                }

                writer.WriteEndObject();
                return;
        }
    }
}
